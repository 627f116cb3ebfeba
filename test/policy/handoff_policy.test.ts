import { assistantMessage, functionCall } from '@openai/agents-core/testing';
import { describe, expect, it } from 'vitest';
import { exampleGraph } from '../../testing/scripted/exampleGraph.ts';
import { scriptedSwitchboard } from '../../testing/scripted/scriptedSwitchboard.ts';

const transfer = (to: string, reason: string, callId: string) =>
  functionCall(`transfer_to_${to}`, { reason, intent: null }, { callId });

const setup = scriptedSwitchboard;

/** Text of every tool output the model was shown in its last request. */
function toolOutputsSeen(model: { lastCall?: { request: { input: unknown } } }): string[] {
  const input = model.lastCall!.request.input as any[];
  return input
    .filter((i) => i.type === 'function_call_result')
    .map((i) => (typeof i.output === 'string' ? i.output : i.output.text));
}

describe('handoff policy enforced in code', () => {
  it('caps reroutes at 5 (a handback to Triage and its routing count once), warns at 3, then escalates', async () => {
    const { sb, store, conv } = await setup({
      Triage: [[transfer('Billing', 'billing issue', 'c1')], [transfer('Billing', 'billing again', 'c5')]],
      Billing: [[transfer('Tech', 'technical', 'c2')], [transfer('Tech', 'technical again', 'c6')]],
      Tech: [[transfer('Sales', 'sales', 'c3')], [transfer('Sales', 'sales again', 'c7')]],
      Sales: [[transfer('Triage', 'unsure', 'c4')]],
    });
    const result = await sb.send(conv.id, 'help with everything');
    expect(result.handoffs.map((h) => `${h.from}->${h.to}:${h.kind}`)).toEqual([
      'Triage->Billing:handoff',
      'Billing->Tech:handoff',
      'Tech->Sales:handoff',
      'Sales->Triage:handoff',
      // Triage routing on right after the handback finishes that reroute: it is not a new one.
      'Triage->Billing:handoff',
      'Billing->Tech:handoff',
      'Tech->Human:fallback',
    ]);
    expect(result.agent).toBe('Human');
    expect(result.status).toBe('awaiting_human');
    expect(result.reply.length).toBeGreaterThan(10);
    const events = await store.listEvents(conv.id);
    expect(events.filter((e) => e.type === 'handoff.warning').map((e) => e.data)).toEqual([
      { count: 3, max: 5 },
    ]);
    const trip = events.find((e) => e.type === 'policy.tripped');
    expect(trip?.data).toMatchObject({ code: 'handoff_cap', agent: 'Tech', escalatedTo: 'Human' });
    const fallback = (await store.listHandoffs(conv.id)).at(-1);
    expect(fallback?.reason).toMatch(/handoff limit reached \(5\/5 reroutes/);
  });

  it('hides capped edges from the model once the cap is reached', async () => {
    const { sb, models, conv } = await setup(
      {
        Triage: [[transfer('Billing', 'billing', 'c1')]],
        Billing: [[assistantMessage('done')]],
      },
      exampleGraph({ policy: { maxHandoffs: 1 } }),
    );
    await sb.send(conv.id, 'invoice');
    const offered = models.Billing.lastCall!.request.handoffs.map((h) => h.toolName);
    expect(offered).toEqual(['transfer_to_Human']);
  });

  it('blocks a ping-pong (A→B→A with no new user message) and tells the model why', async () => {
    const { sb, store, models, conv } = await setup({
      Triage: [[transfer('Billing', 'refund', 'c1')]],
      Billing: [
        [transfer('Triage', 'not mine', 'c2')],
        [assistantMessage('Let me help with that refund myself.')],
      ],
    });
    const result = await sb.send(conv.id, 'refund please');
    expect(result.agent).toBe('Billing');
    expect(result.reply).toBe('Let me help with that refund myself.');
    expect(toolOutputsSeen(models.Billing).some((t) => /transfer back to Triage refused/.test(t))).toBe(true);
    const rejected = (await store.listEvents(conv.id)).filter((e) => e.type === 'handoff.rejected');
    expect(rejected.map((e) => e.data.code)).toEqual(['ping_pong']);
    // The refused exchange is not stored: history has no dangling transfer_to_Triage call.
    const items = (await store.getItems(conv.id)).map((i) => i.item as any);
    expect(items.some((i) => i.name === 'transfer_to_Triage')).toBe(false);
  });

  it('allows the return edge once the customer says something new', async () => {
    const { sb, conv } = await setup({
      Triage: [[transfer('Billing', 'refund', 'c1')], [assistantMessage('What else can I do?')]],
      Billing: [[assistantMessage('Refunded.')], [transfer('Triage', 'new topic: something else', 'c2')]],
    });
    await sb.send(conv.id, 'refund please');
    const result = await sb.send(conv.id, 'something unrelated now');
    expect(result.handoffs.map((h) => `${h.from}->${h.to}`)).toEqual(['Billing->Triage']);
    expect(result.agent).toBe('Triage');
  });

  it('answers a call to a transfer tool that does not exist with a clear error and continues', async () => {
    const { sb, models, conv } = await setup({
      Triage: [[transfer('Refunds', 'refund', 'c1')], [transfer('Billing', 'refund request', 'c2')]],
      Billing: [[assistantMessage('On it.')]],
    });
    const result = await sb.send(conv.id, 'refund');
    expect(result.agent).toBe('Billing');
    const errors = toolOutputsSeen(models.Triage);
    expect(errors[0]).toMatch(/tool "transfer_to_Refunds" does not exist/);
    expect(errors[0]).toMatch(/transfer_to_Billing/);
  });

  it('rejects an invalid handoff payload with the validation error, then accepts the corrected call', async () => {
    const { sb, models, conv } = await setup({
      Triage: [
        [functionCall('transfer_to_Billing', { intent: 'x' }, { callId: 'c1' })],
        [transfer('Billing', 'customer wants a refund', 'c2')],
      ],
      Billing: [[assistantMessage('Sure.')]],
    });
    const result = await sb.send(conv.id, 'refund');
    expect(result.handoffs).toHaveLength(1);
    expect(result.handoffs[0].reason).toBe('customer wants a refund');
    expect(toolOutputsSeen(models.Triage)[0]).toMatch(/invalid handoff payload: reason/);
  });

  it('falls back to Human when the model keeps making invalid calls', async () => {
    const bad = (id: string) => [functionCall('transfer_to_Nowhere', { reason: 'x y z' }, { callId: id })];
    const { sb, store, conv } = await setup({ Triage: [bad('c1'), bad('c2'), bad('c3')] });
    const result = await sb.send(conv.id, 'hmm');
    expect(result.agent).toBe('Human');
    const trip = (await store.listEvents(conv.id)).find((e) => e.type === 'policy.tripped');
    expect(trip?.data.code).toBe('corrections_exhausted');
  });

  it('keeps a gated edge closed until its condition holds', async () => {
    const graph = exampleGraph({
      edges: {
        Triage: ['Billing', { to: 'Sales', canHandoff: ({ state }) => !!(state as any).accountId }],
      },
    });
    const { sb, models, conv } = await setup(
      {
        Triage: [[transfer('Sales', 'pricing', 'c1')], [assistantMessage('Can I have your account first?')]],
      },
      graph,
    );
    const result = await sb.send(conv.id, 'pricing');
    expect(result.agent).toBe('Triage');
    expect(models.Triage.calls[0].request.handoffs.map((h) => h.toolName)).not.toContain('transfer_to_Sales');
    expect(toolOutputsSeen(models.Triage)[0]).toMatch(/gate closed/);
  });

  it('escalates when the tool-call ceiling is reached', async () => {
    const { sb, store, conv } = await setup(
      {
        Triage: [[transfer('Billing', 'account', 'c1')]],
        Billing: [
          [functionCall('lookup_account', { name: 'A' }, { callId: 'c2' })],
          [functionCall('lookup_account', { name: 'B' }, { callId: 'c3' })],
        ],
      },
      exampleGraph({ policy: { maxToolCalls: 1 } }),
    );
    const result = await sb.send(conv.id, 'account');
    expect(result.agent).toBe('Human');
    expect(result.toolCalls).toHaveLength(1);
    const trip = (await store.listEvents(conv.id)).find((e) => e.type === 'policy.tripped');
    expect(trip?.data.code).toBe('tool_cap');
  });

  it('escalates when a run exceeds maxModelCalls, still answering the customer', async () => {
    const call = (id: string) => [functionCall('lookup_account', { name: id }, { callId: id })];
    const { sb, store, conv } = await setup(
      {
        Triage: [[transfer('Billing', 'account', 'c1')]],
        Billing: [call('a'), call('b'), call('c'), call('d')],
      },
      exampleGraph({ policy: { maxModelCalls: 3 } }),
    );
    const result = await sb.send(conv.id, 'account');
    expect(result.agent).toBe('Human');
    expect(result.reply).toMatch(/member of our team/);
    const log = await store.listHandoffs(conv.id);
    expect(log.at(-1)).toMatchObject({ from: 'Billing', to: 'Human', kind: 'fallback' });
  });

  it('escalates deterministically when a tool result asks for it (refund over the limit)', async () => {
    const { sb, models, conv } = await setup({
      Triage: [[transfer('Billing', 'refund', 'c1')]],
      Billing: [[functionCall('issue_refund', { invoiceId: 'INV-1', amount: 900 }, { callId: 'c2' })]],
    });
    const result = await sb.send(conv.id, 'refund $900 on INV-1');
    expect(result.agent).toBe('Human');
    expect(result.handoffs.at(-1)).toMatchObject({ from: 'Billing', to: 'Human', kind: 'fallback' });
    expect(result.handoffs.at(-1)!.reason).toMatch(/over the \$500 limit/);
    expect(models.Billing.calls).toHaveLength(1); // the escalation needed no model call
  });
});
