import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/store/memoryStore.ts';
import { captureError, countRows } from '../../testing/store/conformance/fixtures.ts';

/** Behaviour specific to the memory store's lazily opened tool database. */
describe('memory store tool database', () => {
  const store = createMemoryStore();
  afterAll(() => store.close());

  it('defers setup SQL to the first query and names the setup that failed', async () => {
    // Nothing runs yet, so a bad statement is accepted here...
    await store.ensureSetup('graph:broken', ['create table broken (']);
    const db = await store.toolDb();
    // ...and reported, with its key, when a tool first touches the database.
    const error = await captureError(db.execute(sql`select 1`));
    // drizzle wraps driver errors as "Failed query"; ours is the cause.
    expect((error as Error).cause).toBeInstanceOf(Error);
    expect(((error as Error).cause as Error).message).toMatch(/^setup "graph:broken" failed: /);
    // The failed key is forgotten, so fixed SQL under the same key runs.
    await store.ensureSetup('graph:broken', ['create table broken (id integer primary key)']);
    expect(await countRows(store, 'broken')).toBe(0);
  });

  it('turns a tool’s own nested transaction into a savepoint of the call’s transaction', async () => {
    await store.ensureSetup('graph:notes', ['create table notes (body text not null)']);
    const key = { conversationId: 'c', callId: 'nested', tool: 'note', agent: 'a', arguments: {} };
    const result = await store.runToolOnce(key, async (db) => {
      await db.execute(sql`insert into notes values ('kept')`);
      await db
        .transaction(async (inner) => {
          await inner.execute(sql`insert into notes values ('undone')`);
          throw new Error('inner failure');
        })
        .catch(() => {});
      return 'ok';
    });
    expect(result).toEqual({ result: 'ok', replayed: false, callId: 'nested' });
    const db = await store.toolDb();
    const rows = (await db.execute(sql`select body from notes`)) as unknown as { rows: { body: string }[] };
    expect(rows.rows).toEqual([{ body: 'kept' }]);
  });
});
