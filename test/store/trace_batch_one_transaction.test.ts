import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createPgliteStore } from '../../src/store/pgliteStore.ts';
import { type SpanRecord, type TraceRecord, traceStoreFor } from '../../src/store/traceStore.ts';
import { MAX_TRACES_PER_STATEMENT } from '../../src/store/traceWriteBatch.ts';

/** A fresh PGlite database takes seconds to create, far more on a loaded machine. */
const PGLITE_TIMEOUT_MS = 120_000;
const dir = mkdtempSync(join(tmpdir(), 'sb-trace-batch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function traceOf(conversationId: string, turn: number): [TraceRecord, SpanRecord[]] {
  const traceId = `trace_${conversationId}_${turn}`;
  const at = new Date('2026-01-01T00:00:00Z');
  return [
    {
      traceId,
      conversationId,
      turn,
      graph: 'g',
      name: 'switchboard.turn',
      startedAt: at,
      endedAt: at,
      metadata: {},
    },
    [
      {
        traceId,
        spanId: `span_${turn}`,
        parentId: null,
        kind: 'agent',
        name: 'a',
        startedAt: at,
        endedAt: at,
        error: null,
        data: { turn },
      },
    ],
  ];
}

describe('trace writes from concurrent turns', () => {
  it(
    'share one statement (one transaction) and are all stored after a clean stop',
    async () => {
      const store = await createPgliteStore({ dataDir: dir });
      await store.migrate();
      const conversation = await store.createConversation({ graph: 'g', activeAgent: 'a', context: {} });
      const db = await store.toolDb();
      const execute = vi.spyOn(db as any, 'execute');
      const traces = await traceStoreFor(store);
      // Twenty turns end at once; none of them waits for its spans to be written.
      await Promise.all(
        Array.from({ length: 20 }, (_, i) => traces.saveTrace(...traceOf(conversation.id, i + 1))),
      );
      // Closed straight away, before any timer fired: the queued traces are written on close.
      await store.close();
      const traceWrites = execute.mock.calls.filter((call) =>
        JSON.stringify(call[0]).includes('switchboard_record_trace'),
      );
      expect(traceWrites).toHaveLength(1);

      const reopened = await createPgliteStore({ dataDir: dir });
      try {
        const stored = await (await traceStoreFor(reopened)).listTraces(conversation.id);
        expect(stored.map((t) => t.turn)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
        expect(await (await traceStoreFor(reopened)).listSpans(stored[3].traceId)).toMatchObject([
          { spanId: 'span_4', data: { turn: 4 } },
        ]);
      } finally {
        await reopened.close();
      }
    },
    PGLITE_TIMEOUT_MS,
  );

  it(
    'go in statements of at most MAX_TRACES_PER_STATEMENT, so one write never holds PGlite for long',
    async () => {
      const store = await createPgliteStore();
      await store.migrate();
      const conversation = await store.createConversation({ graph: 'g', activeAgent: 'a', context: {} });
      const execute = vi.spyOn((await store.toolDb()) as any, 'execute');
      const traces = await traceStoreFor(store);
      const count = MAX_TRACES_PER_STATEMENT * 2 + 5;
      await Promise.all(
        Array.from({ length: count }, (_, i) => traces.saveTrace(...traceOf(conversation.id, i + 1))),
      );
      const stored = await traces.listTraces(conversation.id);
      const perStatement = execute.mock.calls
        .map((call) => JSON.stringify(call[0]))
        .filter((text) => text.includes('switchboard_record_trace'))
        .map((text) => text.match(/span_\d+/g)?.length ?? 0);
      await store.close();
      expect(stored).toHaveLength(count);
      expect(perStatement).toEqual([MAX_TRACES_PER_STATEMENT, MAX_TRACES_PER_STATEMENT, 5]);
    },
    PGLITE_TIMEOUT_MS,
  );
});
