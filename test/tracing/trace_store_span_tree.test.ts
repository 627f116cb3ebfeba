import { assistantMessage, functionCall } from '@openai/agents-core/testing';
import { describe, expect, it } from 'vitest';
import { Switchboard } from '../../src/runtime/switchboard.ts';
import { createMemoryStore } from '../../src/store/memoryStore.ts';
import { createPgliteStore } from '../../src/store/pgliteStore.ts';
import { type SpanRecord, traceStoreFor } from '../../src/store/traceStore.ts';
import type { ConversationStore } from '../../src/store/types.ts';
import { exampleGraph } from '../../testing/scripted/exampleGraph.ts';
import { scriptedModels } from '../../testing/scripted/scriptedModels.ts';

/** A fresh PGlite database takes seconds to create, far more on a loaded machine. */
const PGLITE_TIMEOUT_MS = 120_000;

const backends: [string, () => Promise<ConversationStore>][] = [
  ['memory', async () => createMemoryStore()],
  [
    'PGlite',
    async () => {
      const store = await createPgliteStore();
      await store.migrate();
      return store;
    },
  ],
];

/** The chain of ancestors of a span, nearest first, following stored parent ids. */
function ancestorsOf(span: SpanRecord, all: SpanRecord[]): SpanRecord[] {
  const chain: SpanRecord[] = [];
  let current: SpanRecord | undefined = span;
  while (current?.parentId) {
    current = all.find((s) => s.spanId === current!.parentId);
    if (current) chain.push(current);
  }
  return chain;
}

describe.each(backends)('the trace processor on the %s store', (_name, open) => {
  it(
    'persists the span tree of a turn with a handoff and a tool call, linked to conversation and turn',
    async () => {
      const store = await open();
      try {
        const { factory } = scriptedModels({
          Triage: [
            [
              functionCall(
                'transfer_to_Billing',
                { reason: 'invoice question', intent: null },
                { callId: 'c1' },
              ),
            ],
          ],
          Billing: [
            [functionCall('lookup_account', { name: 'Ada' }, { callId: 'c2' })],
            [assistantMessage('Found ACC-1001.')],
            [assistantMessage('Anything else?')],
          ],
        });
        const sb = await Switchboard.create({ graph: exampleGraph(), store, models: factory });
        const conv = await sb.createConversation({ tenant: 'acme' });
        await sb.send(conv.id, 'I have a question about my invoice');
        await sb.send(conv.id, 'thanks');

        const traces = await traceStoreFor(store);
        const stored = await traces.listTraces(conv.id);
        expect(stored.map((t) => [t.turn, t.graph, t.conversationId])).toEqual([
          [1, 'example', conv.id],
          [2, 'example', conv.id],
        ]);
        expect(stored[0].metadata).toEqual({
          conversationId: conv.id,
          turn: '1',
          graph: 'example',
          tenant: 'acme',
        });
        expect(stored[0].endedAt.getTime()).toBeGreaterThanOrEqual(stored[0].startedAt.getTime());

        const spans = await traces.listSpans(stored[0].traceId);
        const one = (kind: string, name: string) => {
          const found = spans.filter((s) => s.kind === kind && s.name === name);
          expect(
            found,
            `${kind} ${name} in ${spans.map((s) => `${s.kind}:${s.name}`).join(', ')}`,
          ).toHaveLength(1);
          return found[0];
        };
        const triage = one('agent', 'Triage');
        const billing = one('agent', 'Billing');
        const handoff = one('handoff', 'Triage->Billing');
        const tool = one('function', 'lookup_account');
        const routing = one('custom', 'routing.decision');

        // A tree: every span belongs to the trace and every parent id names a stored span.
        for (const s of spans) {
          expect(s.traceId).toBe(stored[0].traceId);
          if (s.parentId) expect(spans.map((p) => p.spanId)).toContain(s.parentId);
          expect(s.startedAt).toBeInstanceOf(Date);
          expect(s.endedAt!.getTime()).toBeGreaterThanOrEqual(s.startedAt!.getTime());
        }
        expect(ancestorsOf(handoff, spans)).toContain(triage);
        expect(ancestorsOf(routing, spans)).toContain(triage);
        expect(ancestorsOf(tool, spans)).toContain(billing);
        expect(ancestorsOf(tool, spans)).not.toContain(triage);

        expect(handoff.data).toMatchObject({ from_agent: 'Triage', to_agent: 'Billing' });
        expect(routing.data).toMatchObject({ data: { agent: 'Triage', path: 'llm', target: 'Billing' } });
        expect(tool.data).toMatchObject({ name: 'lookup_account', input: '{"name":"Ada"}' });
        expect(JSON.parse(tool.data.output as string)).toEqual({ accountId: 'ACC-1001', name: 'Ada' });
        expect(triage.data).toMatchObject({ handoffs: expect.arrayContaining(['Billing']) });

        // The second turn is its own trace: Billing answers, no handoff.
        const second = await traces.listSpans(stored[1].traceId);
        expect(second.filter((s) => s.kind === 'handoff')).toEqual([]);
        expect(second.filter((s) => s.kind === 'agent').map((s) => s.name)).toEqual(['Billing']);
      } finally {
        await store.close();
      }
    },
    PGLITE_TIMEOUT_MS,
  );
});
