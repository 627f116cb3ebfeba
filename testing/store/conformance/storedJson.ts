import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { sqlDatabaseOf } from '../../../src/store/sqlHandle.ts';
import {
  STORED_JSON_VERSIONS,
  type StoredJsonKind,
  StoredSchemaVersionError,
} from '../../../src/store/storedJson.ts';
import type { ConversationStore } from '../../../src/store/types.ts';
import { captureError, newConversation, turnOf } from './fixtures.ts';

/** Which stored JSON of a conversation to rewrite: its context, its events' data, its ledger results. */
export type StoredJsonTarget = StoredJsonKind;

/**
 * Sets the schema version recorded for a conversation's stored JSON, as a newer (or older) release
 * would have written it. A backend whose data outlives the process provides one; the memory store's
 * data never meets another release, so it has none.
 */
export type RewriteStoredVersion = (
  store: ConversationStore,
  conversationId: string,
  target: StoredJsonTarget,
  version: number,
) => Promise<void>;

const COLUMNS: Record<StoredJsonTarget, [table: string, column: string]> = {
  context: ['conversations', 'context_version'],
  eventData: ['events', 'data_version'],
  toolResult: ['tool_calls', 'result_version'],
};

/** `RewriteStoredVersion` for the SQL stores (PGlite, PostgreSQL): an UPDATE of the version column. */
export const rewriteSqlStoredVersion: RewriteStoredVersion = async (
  store,
  conversationId,
  target,
  version,
) => {
  const db = await sqlDatabaseOf(store);
  if (!db) throw new Error(`${store.kind} store has no SQL database to rewrite`);
  const [table, column] = COLUMNS[target];
  const key = table === 'conversations' ? 'id' : 'conversation_id';
  await db.execute(
    sql`update ${sql.identifier(table)} set ${sql.identifier(column)} = ${version} where ${sql.identifier(key)} = ${conversationId}`,
  );
};

/** A conversation with a context, one event and one completed ledger record of turn 2. */
async function storedConversation(s: ConversationStore) {
  const conv = await newConversation(s, { context: { plan: 'gold' } });
  const committed = await s.commitTurn(
    turnOf(conv, { context: { plan: 'gold', step: 1 }, events: [{ turn: 1, type: 'note', data: { a: 1 } }] }),
  );
  const key = {
    conversationId: conv.id,
    turn: 2,
    callId: 'c1',
    tool: 'refund',
    agent: 'billing',
    arguments: {},
  };
  await s.runToolOnce(key, async () => ({ refunded: 5 }));
  return { conv, committed, key };
}

/** Every reader of a kind of stored JSON refuses a version newer than this release reads. */
export function storedJsonConformance(store: () => ConversationStore, rewrite: RewriteStoredVersion): void {
  const future = (target: StoredJsonTarget) => STORED_JSON_VERSIONS[target] + 1;

  it('reads back the JSON it wrote at this release’s versions, and version 1 rows as they were', async () => {
    const s = store();
    const { conv, committed, key } = await storedConversation(s);
    for (const target of ['context', 'eventData', 'toolResult'] as const)
      await rewrite(s, conv.id, target, 1);
    expect(await s.getConversation(conv.id)).toEqual(committed);
    expect((await s.listEvents(conv.id)).map((e) => e.data)).toEqual([{ a: 1 }]);
    expect((await s.runToolOnce(key, async () => 'must not run')).result).toEqual({ refunded: 5 });
  });

  it('refuses a context stored in an unknown future schema version, naming the conversation', async () => {
    const s = store();
    const { conv } = await storedConversation(s);
    await rewrite(s, conv.id, 'context', future('context'));
    const reads: (() => Promise<unknown>)[] = [
      () => s.getConversation(conv.id),
      () => s.listConversations({ graph: conv.graph }),
    ];
    const { loadTurn } = s;
    if (loadTurn) reads.push(() => loadTurn.call(s, conv.id));
    for (const read of reads) {
      const error = await captureError(read());
      expect(error).toBeInstanceOf(StoredSchemaVersionError);
      expect((error as Error).message).toBe(
        `conversation ${conv.id}: context was stored with schema version ${future('context')}, but this ` +
          `Switchboard reads versions 1 to ${STORED_JSON_VERSIONS.context}; upgrade Switchboard to read it`,
      );
    }
  });

  it('refuses event data stored in an unknown future schema version', async () => {
    const s = store();
    const { conv } = await storedConversation(s);
    await rewrite(s, conv.id, 'eventData', future('eventData'));
    const error = await captureError(s.listEvents(conv.id));
    expect(error).toBeInstanceOf(StoredSchemaVersionError);
    expect((error as Error).message).toContain(`event 1 of conversation ${conv.id}: event data was stored`);
  });

  it('refuses to replay a tool result stored in an unknown future schema version', async () => {
    const s = store();
    const { conv, key } = await storedConversation(s);
    await rewrite(s, conv.id, 'toolResult', future('toolResult'));
    let ran = false;
    const replay = await captureError(
      s.runToolOnce(key, async () => {
        ran = true;
      }),
    );
    expect(replay).toBeInstanceOf(StoredSchemaVersionError);
    expect((replay as Error).message).toContain(`tool call c1 of ${conv.id}: tool call result was stored`);
    // Refused, not re-run: the effect happened once and stays recorded.
    expect(ran).toBe(false);
    expect(await captureError(s.listToolCalls(conv.id, 2))).toBeInstanceOf(StoredSchemaVersionError);
    expect(await captureError(s.getToolCall(conv.id, 'c1'))).toBeInstanceOf(StoredSchemaVersionError);
  });
}
