import { afterAll, describe, expect, it, vi } from 'vitest';
import { createPgliteStore } from '../../src/store/pgliteStore.ts';
import { createPostgresStore } from '../../src/store/postgresStore.ts';
import { type SpanRecord, type TraceRecord, traceStoreFor } from '../../src/store/traceStore.ts';
import { type ConversationStore, turnCommitOf } from '../../src/store/types.ts';
import {
  dropSchema,
  postgresAvailability,
  TEST_DATABASE_URL,
  uniqueSchema,
} from '../support/store/postgresTestDb.ts';
import { onTransaction } from '../support/store/transactionCounter.ts';

/*
 * Issue #20: a turn's trace is side data. It queues when the turn ends and rides on the next turn's
 * commit (one more statement in the commit's transaction), so sequential turns cost two transactions
 * each (load, commit) instead of three. A trace the database refuses must not take the commit down.
 */

const TIMEOUT_MS = 120_000;
const availability = await postgresAvailability('traces_ride_on_the_next_commit.test.ts');

function traceOf(conversationId: string, turn: number): [TraceRecord, SpanRecord[]] {
  const traceId = `trace_${conversationId}_${turn}_${Math.random().toString(36).slice(2)}`;
  const at = new Date('2026-01-01T00:00:00Z');
  const trace = {
    traceId,
    conversationId,
    turn,
    graph: 'g',
    name: 'switchboard.turn',
    startedAt: at,
    endedAt: at,
  };
  const span = { traceId, spanId: 's', parentId: null, kind: 'agent', name: "it's a \\ span", startedAt: at };
  return [{ ...trace, metadata: {} }, [{ ...span, endedAt: at, error: null, data: { turn } }]];
}

/** A chat turn as `Switchboard.send` runs it: lock (PostgreSQL), load, commit. */
async function turn(store: ConversationStore, id: string, n: number): Promise<void> {
  const release = (await store.lockConversation?.(id)) ?? null;
  try {
    const load = await store.loadTurn!(id);
    await store.commitTurn(
      turnCommitOf(load!.record, n, {
        items: [{ agent: 'a', item: { role: 'user', content: `m${n}` } as any }],
      }),
    );
  } finally {
    await release?.();
  }
}

async function sequentialTurns(store: ConversationStore): Promise<void> {
  await store.migrate();
  const traces = await traceStoreFor(store);
  const conversation = await store.createConversation({ graph: 'g', activeAgent: 'a', context: {} });
  await turn(store, conversation.id, 1); // opens the connections and prepares the statements
  const seen: { writing: boolean; statements: string[] }[] = [];
  const stop = onTransaction((tx) => seen.push(tx));
  const saved: string[] = [];
  try {
    for (let n = 2; n <= 5; n++) {
      const [trace, spans] = traceOf(conversation.id, n - 1);
      await traces.saveTrace(trace, spans); // the previous turn's trace, queued as it ends
      saved.push(trace.traceId);
      await turn(store, conversation.id, n);
    }
  } finally {
    stop();
  }
  // Four turns, each its load and its commit; the queued traces went inside the commits.
  expect(seen.map((tx) => tx.statements.join(' ').slice(0, 60))).toHaveLength(8);
  expect(seen.filter((tx) => tx.writing)).toHaveLength(4);
  const commits = seen.filter((tx) => /switchboard_commit_turn/.test(tx.statements.join(' ')));
  expect(commits).toHaveLength(4);
  for (const commit of commits) expect(commit.statements.join(' ')).toMatch(/switchboard_record_traces/);
  const stored = await traces.listTraces(conversation.id);
  expect(stored.map((t) => t.traceId)).toEqual(saved);
  expect(await traces.listSpans(saved[2])).toMatchObject([{ name: "it's a \\ span", data: { turn: 3 } }]);
}

/** A trace of a conversation that does not exist breaks its foreign key: lost, and said; the turn commits. */
async function refusedTraceSparesTheCommit(store: ConversationStore): Promise<void> {
  await store.migrate();
  const traces = await traceStoreFor(store);
  const conversation = await store.createConversation({ graph: 'g', activeAgent: 'a', context: {} });
  await turn(store, conversation.id, 1);
  const warn = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const [orphan, orphanSpans] = traceOf('no-such-conversation', 1);
    const [good, goodSpans] = traceOf(conversation.id, 1);
    await traces.saveTrace(orphan, orphanSpans);
    await traces.saveTrace(good, goodSpans);
    await turn(store, conversation.id, 2);
    expect(warn.mock.calls.map((c) => String(c[0])).join('')).toMatch(/could not store 1 trace/);
  } finally {
    warn.mockRestore();
  }
  const load = await store.loadTurn!(conversation.id);
  expect(load!.record.turnCount).toBe(2);
  expect((await traces.listTraces(conversation.id)).map((t) => t.turn)).toEqual([1]);
}

describe('queued traces', () => {
  it(
    'ride on the next turn commit on PGlite: two transactions a turn',
    async () => {
      const store = await createPgliteStore();
      try {
        await sequentialTurns(store);
      } finally {
        await store.close();
      }
    },
    TIMEOUT_MS,
  );

  it(
    'that the database refuses are lost alone on PGlite, never the commit they rode on',
    async () => {
      const store = await createPgliteStore();
      try {
        await refusedTraceSparesTheCommit(store);
      } finally {
        await store.close();
      }
    },
    TIMEOUT_MS,
  );

  const schema = uniqueSchema();
  afterAll(async () => {
    if (!availability.skip) await dropSchema(schema);
  });

  it.skipIf(availability.skip)(
    'ride on the next turn commit on PostgreSQL, inside the lock connection transaction',
    async () => {
      expect(availability.reason, `PostgreSQL at ${TEST_DATABASE_URL} is unreachable`).toBeNull();
      const store = await createPostgresStore({ url: TEST_DATABASE_URL, searchPath: schema });
      try {
        await sequentialTurns(store);
        await refusedTraceSparesTheCommit(store);
      } finally {
        await store.close();
      }
    },
    TIMEOUT_MS,
  );
});
