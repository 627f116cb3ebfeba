import { assistantMessage, functionCall } from '@openai/agents-core/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Switchboard } from '../../src/runtime/switchboard.ts';
import { createPgliteStore } from '../../src/store/pgliteStore.ts';
import { traceStoreFor } from '../../src/store/traceStore.ts';
import { exampleGraph } from '../../testing/scripted/exampleGraph.ts';
import { scriptedModels } from '../../testing/scripted/scriptedModels.ts';
import { scriptedSwitchboard } from '../../testing/scripted/scriptedSwitchboard.ts';

/** A fresh PGlite database takes seconds to create, far more on a loaded machine. */
const PGLITE_TIMEOUT_MS = 120_000;

afterEach(() => vi.restoreAllMocks());

describe('tracing never decides the outcome of a turn', () => {
  it(
    'a trace that cannot be stored is logged, and the turn still commits',
    async () => {
      const store = await createPgliteStore();
      await store.migrate();
      const warnings: string[] = [];
      vi.spyOn(process.stderr, 'write').mockImplementation((chunk: any) => {
        warnings.push(String(chunk));
        return true;
      });
      try {
        const { factory } = scriptedModels({ Triage: [[assistantMessage('Hello!')]] });
        const sb = await Switchboard.create({ graph: exampleGraph(), store, models: factory });
        const conv = await sb.createConversation();
        await (await store.toolDb()).execute('drop table trace_spans');
        const result = await sb.send(conv.id, 'hi');
        expect(result.reply).toBe('Hello!');
        expect((await store.getConversation(conv.id))?.turnCount).toBe(1);
        // Traces are written in batches off the turn's path (traceWriteBatch.ts): the warning comes with the flush.
        await vi.waitFor(() => expect(warnings.join('')).toMatch(/^switchboard: could not store 1 trace/m));
      } finally {
        await store.close();
      }
    },
    PGLITE_TIMEOUT_MS,
  );

  it('a turn that fails keeps its trace, marked with the error', async () => {
    const { sb, store, conv } = await scriptedSwitchboard({
      Triage: [
        [functionCall('transfer_to_Billing', { reason: 'invoice question', intent: null }, { callId: 'c1' })],
      ],
      Billing: [{ type: 'error', error: new Error('upstream model unavailable') }],
    });
    await expect(sb.send(conv.id, 'invoice')).rejects.toThrow('upstream model unavailable');
    expect((await store.getConversation(conv.id))?.turnCount).toBe(0);
    const [trace] = await (await traceStoreFor(store)).listTraces(conv.id);
    expect(trace.metadata.error).toBe('Error: upstream model unavailable');
    const spans = await (await traceStoreFor(store)).listSpans(trace.traceId);
    expect(spans.map((s) => `${s.kind}:${s.name}`)).toContain('handoff:Triage->Billing');
  });
});
