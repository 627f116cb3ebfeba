import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import type { Graph } from '../../src/graph/defineGraph.ts';
import { createAgentModelFactory } from '../../src/models/agentModels.ts';
import { Switchboard } from '../../src/runtime/switchboard.ts';
import { createMemoryStore } from '../../src/store/memoryStore.ts';
import { createPgliteStore } from '../../src/store/pgliteStore.ts';
import { createPostgresStore } from '../../src/store/postgresStore.ts';
import type { ConversationStore } from '../../src/store/types.ts';
import {
  dropSchema,
  postgresAvailability,
  TEST_DATABASE_URL,
  uniqueSchema,
} from '../support/store/postgresTestDb.ts';

/*
 * Issue #17.1: node 1 issues a refund and dies before its turn commits; the client retries the turn
 * (`expectedTurn: 1`) with a changed message on node 2. The offline model's call ids are the same in
 * both attempts (call_t1_2), which used to make the ledger hand INV-2040's refund to the INV-2043 call.
 */

/** `graph` with `agent`'s read-back of `tool` removed: the tool runs as soon as its arguments are known. */
function withoutReadBack(graph: Graph, agent: string, tool: string): Graph {
  const agents = graph.agents.map((a) => {
    if (a.name !== agent || !a.responses?.confirm) return a;
    const { [tool]: _dropped, ...confirm } = a.responses.confirm;
    return { ...a, responses: { ...a.responses, confirm } };
  });
  return { ...graph, agents, byName: new Map(agents.map((a) => [a.name, a])) };
}

/** The store as node 1 sees it: its turn commit never lands (it died right after the refund). */
function diesBeforeCommit(store: ConversationStore): ConversationStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'commitTurn')
        return async () => {
          throw new Error('node 1 died before its commit');
        };
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const pg = await postgresAvailability('changed_retry_replay.test.ts');
const schemas: string[] = [];
afterAll(async () => {
  for (const schema of schemas) await dropSchema(schema);
});

const backends: [string, () => Promise<ConversationStore>, boolean][] = [
  ['memory', async () => createMemoryStore(), false],
  ['pglite', async () => createPgliteStore({}), false],
  [
    'postgres',
    async () => {
      const schema = uniqueSchema();
      schemas.push(schema);
      return createPostgresStore({ url: TEST_DATABASE_URL, searchPath: schema });
    },
    pg.skip,
  ],
];

describe.each(backends)('a retry with a changed message (%s)', (_name, open, skip) => {
  it.skipIf(skip)(
    'runs the new refund, never replays the old one, and reports the old one as orphaned',
    { timeout: 60_000 },
    async () => {
      const store = await open();
      await store.migrate();
      // The refund made in one step (no read-back), as a template may configure it: the retried turn
      // is the one that runs it, which is what this ledger check is about.
      const graph = withoutReadBack(await loadGraph('support'), 'Billing', 'issue_refund');
      const models = () => createAgentModelFactory({ model: 'offline' });
      const node1 = await Switchboard.create({ graph, store: diesBeforeCommit(store), models: models() });
      const node2 = await Switchboard.create({ graph, store, models: models() });
      try {
        const conv = await node2.createConversation();
        await expect(
          node1.send(conv.id, 'please refund $1 on invoice INV-2040, I was charged twice', {
            expectedTurn: 1,
          }),
        ).rejects.toThrow(/died/);

        const retry = await node2.send(conv.id, 'please refund $5 on invoice INV-2043, I was charged twice', {
          expectedTurn: 1,
        });
        expect(retry.turn).toBe(1);
        expect(retry.reply).toContain('$5.00 on invoice INV-2043');
        expect(retry.reply).not.toContain('INV-2040');
        expect(retry.toolCalls).toEqual([
          expect.objectContaining({
            tool: 'issue_refund',
            arguments: expect.objectContaining({ invoiceId: 'INV-2043', amount: 5 }),
            result: expect.objectContaining({ invoiceId: 'INV-2043', refunded: true }),
            replayed: false,
          }),
        ]);
        // The first attempt's refund happened: the client is told, and the conversation keeps it.
        const orphan = {
          v: 1,
          agent: 'Billing',
          tool: 'issue_refund',
          callId: 'call_t1_2',
          arguments: expect.objectContaining({ invoiceId: 'INV-2040', amount: 1 }),
          result: expect.objectContaining({ invoiceId: 'INV-2040', refunded: true }),
          context: expect.any(Object),
          recordedAt: expect.any(String),
        };
        expect(retry.orphanedToolCalls).toEqual([orphan]);
        const events = await store.listEvents(conv.id);
        expect(events.filter((e) => e.type === 'tool.orphaned')).toEqual([
          expect.objectContaining({ turn: 1, data: orphan }),
        ]);

        // Each refund ran exactly once, INV-2043's included.
        const db = await store.toolDb();
        // This test's refunds, by the reason the customer gave (the offline model keeps the clause that
        // says why: "I was charged twice"); the seeded refunds give other reasons.
        const rows = await db.execute(
          "select invoice_id, amount_cents from support_refunds where reason like '%charged twice%' order by id",
        );
        expect((rows as unknown as { rows: unknown[] }).rows).toEqual([
          { invoice_id: 'INV-2040', amount_cents: 100 },
          { invoice_id: 'INV-2043', amount_cents: 500 },
        ]);

        // The next turn does not report the orphan again.
        const next = await node2.send(conv.id, 'thanks', { expectedTurn: 2 });
        expect(next.orphanedToolCalls).toEqual([]);
      } finally {
        await store.close();
      }
    },
  );
});
