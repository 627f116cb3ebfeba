import { afterAll, describe, expect, it } from 'vitest';
import { openGraphs } from '../../src/app/startServer.ts';
import { joinCluster } from '../../src/cluster/clusterNode.ts';
import { createPgliteStore } from '../../src/store/pgliteStore.ts';
import { createPostgresStore } from '../../src/store/postgresStore.ts';
import { flushTraceWrites } from '../../src/store/traceWriteBatch.ts';
import type { ConversationStore } from '../../src/store/types.ts';
import { startTestServer } from '../support/server/serverFixture.ts';
import {
  dropSchema,
  postgresAvailability,
  TEST_DATABASE_URL,
  uniqueSchema,
} from '../support/store/postgresTestDb.ts';
import { onTransaction } from '../support/store/transactionCounter.ts';

/*
 * Issue #20's budget: a durable turn through the server costs at most three database transactions,
 * at most two of them writing: load (with the cluster lock on PostgreSQL), commit (giving the lock
 * back) and the batched side data (the turn's trace). Counted in the drivers, sequential turns, with
 * what `serve` enables by default (tracing, API-key checks, on PostgreSQL the cluster's live bus).
 *
 * Not counted as the turn's: reads of the support graph's own tables by its tools (`support_*`: the
 * graph author's work, 0-3 per turn depending on the message), and the server's "are API keys in use"
 * probe, which runs at most once a second whatever the traffic (checked on its own below).
 */

/** A customer who gets routed (a handoff), asks on (plan lookups: tool reads) and leaves. */
const MESSAGES = [
  'what does the Growth plan cost?',
  'and how much is the Scale plan?',
  'can I book a demo?',
  'thanks, that is all',
];
const TIMEOUT_MS = 180_000;
const availability = await postgresAvailability('durable_turn_costs_three_transactions.test.ts');

type Counted = { turns: number; transactions: number; writing: number; toolReads: number; keyProbes: number };

async function countTurns(store: ConversationStore, cluster: boolean): Promise<Counted> {
  const server = await startTestServer({
    store,
    keysRecheckMs: 1_000,
    graphs: (s) => openGraphs(['support'], s, 'offline'),
  });
  const node = cluster ? await joinCluster(store, server.context.graphs.values(), server.context.hub) : null;
  const counted: Counted = { turns: 0, transactions: 0, writing: 0, toolReads: 0, keyProbes: 0 };
  let stop = () => {};
  const started = Date.now();
  try {
    const created = await server.request('POST', '/v1/conversations', { body: { graph: 'support' } });
    expect(created.status).toBe(201);
    // The first turn opens connections (lock sessions, prepared load): counted from the second on.
    const first = await server.request('POST', `/v1/conversations/${created.body.id}/messages`, {
      body: { text: 'hello' },
    });
    expect(first.status).toBe(200);
    await flushTraceWrites(await store.toolDb()); // its trace, still queued, is not the counted turns'
    stop = onTransaction((tx) => {
      const text = tx.statements.join(' ');
      if (/\bsupport_\w+/.test(text)) counted.toolReads++;
      else if (/"api_keys"/.test(text)) counted.keyProbes++;
      else {
        counted.transactions++;
        if (tx.writing) counted.writing++;
      }
    });
    for (const text of MESSAGES) {
      const turn = await server.request('POST', `/v1/conversations/${created.body.id}/messages`, {
        body: { text },
      });
      expect(turn.status, JSON.stringify(turn.body)).toBe(200);
      counted.turns++;
    }
    // A clean stop writes the side data still queued: it belongs to these turns.
    await node?.close();
    await server.close();
  } finally {
    stop();
  }
  expect(counted.keyProbes).toBeLessThanOrEqual(Math.ceil((Date.now() - started) / 1_000) + 1);
  return counted;
}

function expectWithinBudget(counted: Counted): void {
  expect(counted.turns).toBe(MESSAGES.length);
  expect(counted.transactions).toBeLessThanOrEqual(3 * counted.turns);
  expect(counted.writing).toBeLessThanOrEqual(2 * counted.turns);
  // Each turn commits: the budget is not met by skipping the durable write.
  expect(counted.writing).toBeGreaterThanOrEqual(counted.turns);
}

describe('a durable turn through the server', () => {
  it(
    'costs at most three transactions on PGlite, two of them writing',
    async () => {
      const store = await createPgliteStore();
      await store.migrate();
      expectWithinBudget(await countTurns(store, false));
    },
    TIMEOUT_MS,
  );

  const schema = uniqueSchema();
  afterAll(async () => {
    if (!availability.skip) await dropSchema(schema);
  });

  it.skipIf(availability.skip)(
    'costs at most three transactions on PostgreSQL with the cluster lock and live bus, two of them writing',
    async () => {
      expect(availability.reason, `PostgreSQL at ${TEST_DATABASE_URL} is unreachable`).toBeNull();
      const store = await createPostgresStore({ url: TEST_DATABASE_URL, searchPath: schema });
      await store.migrate();
      expectWithinBudget(await countTurns(store, true));
    },
    TIMEOUT_MS,
  );
});
