import { assistantMessage, functionCall } from '@openai/agents-core/testing';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { Switchboard } from '../../src/runtime/switchboard.ts';
import { createMemoryStore } from '../../src/store/memoryStore.ts';
import { exampleGraph } from '../../testing/scripted/exampleGraph.ts';
import { scriptedModels } from '../../testing/scripted/scriptedModels.ts';

/*
 * The tool-call ceiling against model responses of any shape: tool calls before, after and around a
 * transfer call, several of each, any ceiling. Whatever the order, no more tools run than the ceiling
 * allows, and going over it is a recorded trip.
 */
const store = createMemoryStore();
afterAll(() => store.close());

const step = fc.oneof(
  fc.constant({ kind: 'transfer' as const }),
  fc.integer({ min: 1, max: 99 }).map((amount) => ({ kind: 'refund' as const, amount })),
);

async function refundRows(): Promise<number> {
  const db = await store.toolDb();
  const rows = await db.execute('select count(*)::int as n from example_refunds');
  return (rows as unknown as { rows: { n: number }[] }).rows[0].n;
}

describe('tool-call ceiling (property)', () => {
  it('never runs more tools than maxToolCalls, whatever the order of calls in a response', {
    timeout: 120_000,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 3 }),
        fc.array(step, { minLength: 1, maxLength: 6 }),
        async (maxToolCalls, steps) => {
          let transfers = 0;
          const response = steps.map((s, i) => {
            const callId = `b${i}`;
            if (s.kind === 'refund')
              return functionCall('issue_refund', { invoiceId: 'INV-7', amount: s.amount }, { callId });
            transfers += 1;
            return functionCall(
              'transfer_to_Tech',
              { reason: 'customer asked for tech', intent: null },
              { callId },
            );
          });
          const refunds = steps.length - transfers;
          const { factory } = scriptedModels({
            Triage: [
              [
                functionCall(
                  'transfer_to_Billing',
                  { reason: 'customer wants a refund', intent: null },
                  { callId: 't1' },
                ),
              ],
            ],
            Billing: [response, [assistantMessage('Billing done.')], [assistantMessage('Billing done.')]],
            Tech: [[assistantMessage('Tech here.')]],
          });
          const graph = exampleGraph({ policy: { maxToolCalls } });
          const sb = await Switchboard.create({ graph, store, models: factory });
          const conv = await sb.createConversation();
          const before = await refundRows();
          const result = await sb.send(conv.id, 'refund please');
          const ran = (await refundRows()) - before;
          expect(ran).toBeLessThanOrEqual(maxToolCalls);
          expect((await store.getConversation(conv.id))?.toolCallCount).toBeLessThanOrEqual(maxToolCalls);
          expect(result.toolCalls.length).toBeLessThanOrEqual(maxToolCalls);
          const tripped = (await store.listEvents(conv.id)).some(
            (e) => e.type === 'policy.tripped' && e.data.code === 'tool_cap',
          );
          expect(tripped).toBe(refunds > maxToolCalls);
        },
      ),
      { numRuns: 60 },
    );
  });
});
