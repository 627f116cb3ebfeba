import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { ConversationStore, ToolDb } from '../../../src/store/types.ts';
import { countRows, newConversation, unique } from './fixtures.ts';

let turns = 0;
/** A call of its own turn: the ledger keys on (turn, tool, arguments, occurrence), not on the call id. */
const toolKey = (conversationId: string, callId = unique('call')) => ({
  conversationId,
  turn: ++turns,
  occurrence: 1,
  callId,
  tool: 'issue_refund',
  agent: 'billing',
  arguments: { invoiceId: 'INV-7', amount: 40 },
});

/** A tool table of our own, created through `ensureSetup` as a graph's setup SQL would. */
async function refundsTable(store: ConversationStore): Promise<string> {
  const table = unique('refunds');
  await store.ensureSetup(`test:${table}`, [
    `create table ${table} (invoice_id text primary key, amount integer not null)`,
  ]);
  return table;
}

const insertRefund = (db: ToolDb, table: string, invoiceId: string, amount: number) =>
  db.execute(sql`insert into ${sql.identifier(table)} (invoice_id, amount) values (${invoiceId}, ${amount})`);

/** The at-most-once tool ledger and per-database setup. */
export function toolLedgerConformance(store: () => ConversationStore): void {
  it('runs a side effect once and replays the recorded result', async () => {
    const conv = await newConversation(store());
    const table = await refundsTable(store());
    const key = toolKey(conv.id);
    let calls = 0;
    const refund = async (db: ToolDb) => {
      calls++;
      await insertRefund(db, table, 'INV-7', 40);
      return { refunded: 40, invoiceId: 'INV-7' };
    };

    expect(await store().runToolOnce(key, refund)).toEqual({
      result: { refunded: 40, invoiceId: 'INV-7' },
      replayed: false,
      callId: key.callId,
    });
    expect(await store().runToolOnce(key, refund)).toEqual({
      result: { refunded: 40, invoiceId: 'INV-7' },
      replayed: true,
      callId: key.callId,
    });
    expect(calls).toBe(1);
    expect(await countRows(store(), table)).toBe(1);

    const record = await store().getToolCall(conv.id, key.callId);
    expect(record).toMatchObject({
      conversationId: conv.id,
      callId: key.callId,
      turn: key.turn,
      occurrence: 1,
      tool: 'issue_refund',
      agent: 'billing',
      arguments: { invoiceId: 'INV-7', amount: 40 },
      result: { refunded: 40, invoiceId: 'INV-7' },
      status: 'completed',
    });
    expect(record?.createdAt).toBeInstanceOf(Date);
    expect(record?.completedAt).toBeInstanceOf(Date);
    expect(await store().getToolCall(conv.id, unique('never'))).toBeNull();
  });

  it('round-trips results of every JSON shape, on first run and on replay alike', async () => {
    const conv = await newConversation(store());
    const shapes: [unknown, unknown][] = [
      ['done', 'done'],
      ['42', '42'],
      ['{"a":1}', '{"a":1}'],
      [42, 42],
      [0, 0],
      [true, true],
      [null, null],
      [undefined, null],
      [{ nested: { list: [1, 'x', null] } }, { nested: { list: [1, 'x', null] } }],
      [
        [1, 2],
        [1, 2],
      ],
    ];
    for (const [value, expected] of shapes) {
      const key = toolKey(conv.id);
      const first = await store().runToolOnce(key, async () => value);
      const again = await store().runToolOnce(key, async () => 'must not run');
      expect([first, again]).toEqual([
        { result: expected, replayed: false, callId: key.callId },
        { result: expected, replayed: true, callId: key.callId },
      ]);
    }
  });

  it('records nothing as completed when the side effect throws, and rolls back its writes', async () => {
    const conv = await newConversation(store());
    const table = await refundsTable(store());
    const key = toolKey(conv.id);
    const failing = async (db: ToolDb) => {
      await insertRefund(db, table, 'INV-7', 40);
      throw new Error('payment provider down');
    };

    await expect(store().runToolOnce(key, failing)).rejects.toThrow('payment provider down');
    expect(await countRows(store(), table)).toBe(0);
    expect((await store().getToolCall(conv.id, key.callId))?.status).not.toBe('completed');

    // Not completed, so a retry runs the effect again.
    const retried = await store().runToolOnce(key, async (db) => {
      await insertRefund(db, table, 'INV-7', 40);
      return 'refunded';
    });
    expect(retried).toEqual({ result: 'refunded', replayed: false, callId: key.callId });
    expect(await countRows(store(), table)).toBe(1);
    expect((await store().getToolCall(conv.id, key.callId))?.status).toBe('completed');
  });

  it('runs the side effect once when the same call arrives twice at the same time', async () => {
    const conv = await newConversation(store());
    const table = await refundsTable(store());
    const key = toolKey(conv.id);
    let calls = 0;
    const refund = async (db: ToolDb) => {
      calls++;
      await insertRefund(db, table, 'INV-9', 15);
      return { refunded: 15 };
    };
    const results = await Promise.all([store().runToolOnce(key, refund), store().runToolOnce(key, refund)]);
    expect(calls).toBe(1);
    expect(results.map((r) => r.replayed).sort()).toEqual([false, true]);
    expect(results.map((r) => r.result)).toEqual([{ refunded: 15 }, { refunded: 15 }]);
    expect(await countRows(store(), table)).toBe(1);
  });

  it('runs setup statements once per database, even when asked twice at once', async () => {
    const table = unique('plans');
    const statements = [
      `create table ${table} (code text primary key, price integer not null)`,
      `insert into ${table} (code, price) values ('basic', 10), ('pro', 30)`,
    ];
    await Promise.all([
      store().ensureSetup(`test:${table}`, statements),
      store().ensureSetup(`test:${table}`, statements),
    ]);
    await store().ensureSetup(`test:${table}`, statements);
    expect(await countRows(store(), table)).toBe(2);

    await store().ensureSetup(`test:${table}:more`, [
      `insert into ${table} (code, price) values ('team', 90)`,
    ]);
    expect(await countRows(store(), table)).toBe(3);
  });

  it('migrates idempotently without touching data', async () => {
    const conv = await newConversation(store(), { context: { kept: true } });
    await store().migrate();
    await store().migrate();
    expect((await store().getConversation(conv.id))?.context).toEqual({ kept: true });
  });
}
