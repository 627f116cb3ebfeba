import { assistantMessage, functionCall } from '@openai/agents-core/testing';
import { describe, expect, it } from 'vitest';
import { exampleGraph } from '../../testing/scripted/exampleGraph.ts';
import { scriptedSwitchboard } from '../../testing/scripted/scriptedSwitchboard.ts';

/*
 * Issue #17.5: the ceiling was checked while reading a model response and the check stopped at the
 * first handoff call, so tool calls after a transfer in the same response ran uncounted.
 */
const refund = (callId: string, amount: number) =>
  functionCall('issue_refund', { invoiceId: 'INV-7', amount }, { callId });
const transfer = (to: string, callId: string) =>
  functionCall(`transfer_to_${to}`, { reason: 'customer asked', intent: null }, { callId });

describe('tool-call ceiling with a handoff in the same model response', () => {
  it('counts tool calls that come after the transfer call and escalates instead of running them', async () => {
    const { sb, store, conv } = await scriptedSwitchboard(
      {
        Triage: [[transfer('Billing', 'c1')]],
        Billing: [[transfer('Tech', 'c2'), refund('c3', 10), refund('c4', 20)]],
        Tech: [[assistantMessage('Tech here.')]],
      },
      exampleGraph({ policy: { maxToolCalls: 1 } }),
    );
    const result = await sb.send(conv.id, 'refund please');
    const db = await store.toolDb();
    const rows = await db.execute('select count(*)::int as n from example_refunds');
    expect((rows as unknown as { rows: { n: number }[] }).rows[0].n).toBeLessThanOrEqual(1);
    expect(result.toolCalls.length).toBeLessThanOrEqual(1);
    expect((await store.getConversation(conv.id))?.toolCallCount).toBeLessThanOrEqual(1);
    const trip = (await store.listEvents(conv.id)).find((e) => e.type === 'policy.tripped');
    expect(trip?.data.code).toBe('tool_cap');
    expect(result.agent).toBe('Human');
  });

  it('still lets a response with a transfer and tool calls under the ceiling through', async () => {
    const { sb, store, conv } = await scriptedSwitchboard(
      {
        Triage: [[transfer('Billing', 'c1')]],
        Billing: [[transfer('Tech', 'c2'), refund('c3', 10)]],
        Tech: [[assistantMessage('Tech here.')]],
      },
      exampleGraph({ policy: { maxToolCalls: 1 } }),
    );
    const result = await sb.send(conv.id, 'refund please');
    expect(result.toolCalls.map((t) => t.callId)).toEqual(['c3']);
    expect(result.agent).toBe('Tech');
    expect((await store.listEvents(conv.id)).some((e) => e.type === 'policy.tripped')).toBe(false);
  });
});
