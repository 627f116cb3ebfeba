import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SAFE_REPLY } from '../../src/graph/defineGraph.ts';
import { type ScriptedCall, scriptedCall } from '../support/voice/scriptedCall.ts';

const toBilling = {
  call: 'transfer_to_Billing',
  arguments: { reason: 'caller has a billing question', intent: 'billing' },
};
const outputs = (c: ScriptedCall) =>
  c
    .received('conversation.item.create')
    .filter((e) => e.item.type === 'function_call_output')
    .map((e) => e.item.output as string);
const toolNames = (c: ScriptedCall) => c.remote().config.tools.map((t) => t.name);

describe('voice calls are governed like chat', () => {
  let c: ScriptedCall;
  afterEach(() => c?.close());

  it('refuses ping-pong with a tool error, hides the return edge, and reopens it when the caller speaks again', async () => {
    c = await scriptedCall({
      turns: [
        {
          user: 'billing please',
          responses: [
            [toBilling],
            [{ call: 'transfer_to_Triage', arguments: { reason: 'not mine after all', intent: 'other' } }],
            [{ say: 'I can help with billing myself.' }],
          ],
        },
        { user: 'thanks', responses: [[{ say: 'You are welcome.' }]] },
      ],
    });
    c.speak();
    await c.stored('I can help with billing myself.');
    expect(outputs(c)[1]).toMatch(/^Error: transfer back to Triage refused/);
    expect(await c.sb.store.listHandoffs(c.call.conversationId)).toMatchObject([
      { from: 'Triage', to: 'Billing', kind: 'handoff' },
    ]);
    expect((await c.events('handoff.rejected'))[0].data).toMatchObject({
      from: 'Billing',
      code: 'ping_pong',
    });
    expect(toolNames(c)).not.toContain('transfer_to_Triage');
    c.speak();
    await c.stored('You are welcome.');
    expect(toolNames(c)).toContain('transfer_to_Triage');
    expect(c.call.activeAgent).toBe('Billing');
  });

  it('corrects an invalid payload and unknown tools, then escalates deterministically to Human', async () => {
    c = await scriptedCall({
      turns: [
        {
          user: 'help',
          responses: [
            [{ call: 'transfer_to_Billing', arguments: { reason: 'x' } }],
            [{ call: 'refund_everything', arguments: {} }],
            [{ call: 'transfer_to_Nowhere', arguments: { reason: 'somewhere else' } }],
            [{ say: 'A person will be with you.' }],
          ],
        },
      ],
    });
    c.speak();
    await c.stored('A person will be with you.');
    const [invalid, unknown] = outputs(c);
    expect(invalid).toMatch(/^Error: invalid handoff payload: reason: reason must say why/);
    expect(unknown).toBe(
      'Error: tool "refund_everything" does not exist. Available tools: none. Available transfers: transfer_to_Billing, transfer_to_Sales, transfer_to_Human.',
    );
    const [handoff] = await c.sb.store.listHandoffs(c.call.conversationId);
    expect(handoff).toMatchObject({
      from: 'Triage',
      to: 'Human',
      kind: 'fallback',
      intent: 'escalation.corrections_exhausted',
    });
    expect((await c.events('policy.tripped'))[0].data).toMatchObject({
      code: 'corrections_exhausted',
      escalatedTo: 'Human',
    });
    expect((await c.sb.store.getConversation(c.call.conversationId))?.status).toBe('awaiting_human');
    const stored = await c.items();
    expect(stored.filter((i: any) => i.type === 'function_call').map((i: any) => i.name)).toEqual([
      'transfer_to_Human',
    ]);
    expect(await c.call.end('done')).toBe('awaiting_human');
  });

  it('escalates at the handoff cap instead of transferring', async () => {
    c = await scriptedCall(
      {
        turns: [
          {
            user: 'billing then sales',
            responses: [
              [toBilling],
              [{ call: 'transfer_to_Sales', arguments: { reason: 'wants a new plan' } }],
              [{ say: 'Someone will call you.' }],
            ],
          },
        ],
      },
      { graph: { maxHandoffs: 1 } },
    );
    c.speak();
    await c.stored('Someone will call you.');
    const trail = (await c.sb.store.listHandoffs(c.call.conversationId)).map(
      (h) => `${h.from}>${h.to}:${h.kind}:${h.intent}`,
    );
    expect(trail).toEqual([
      'Triage>Billing:handoff:billing',
      'Billing>Human:fallback:escalation.handoff_cap',
    ]);
  });

  it('counts a handback to the entry agent and its routing on, in one caller turn, as one reroute (as chat does)', async () => {
    c = await scriptedCall(
      {
        turns: [
          { user: 'billing please', responses: [[toBilling], [{ say: 'Billing here.' }]] },
          {
            user: 'actually I want a new plan',
            responses: [
              [
                {
                  call: 'transfer_to_Triage',
                  arguments: { reason: 'caller wants a new plan', intent: 'sales' },
                },
              ],
              [
                {
                  call: 'transfer_to_Sales',
                  arguments: { reason: 'caller wants a new plan', intent: 'sales' },
                },
              ],
              [{ say: 'Sales here.' }],
            ],
          },
          {
            user: 'and a refund too',
            responses: [
              [{ call: 'transfer_to_Triage', arguments: { reason: 'refund', intent: 'billing' } }],
              [{ say: 'A person will call you back.' }],
            ],
          },
        ],
      },
      { graph: { maxHandoffs: 2 } },
    );
    c.speak();
    await c.stored('Billing here.');
    c.speak();
    await c.stored('Sales here.');
    c.speak();
    await c.stored('A person will call you back.');
    const trail = (await c.sb.store.listHandoffs(c.call.conversationId)).map(
      (h) => `${h.from}>${h.to}:${h.kind}`,
    );
    // Three transfers but two reroutes: the cap of 2 lets the topic change through, then stops the third.
    expect(trail).toEqual([
      'Triage>Billing:handoff',
      'Billing>Triage:handoff',
      'Triage>Sales:handoff',
      'Sales>Human:fallback',
    ]);
  });

  it('hides a closed gate from the model and refuses a call to it anyway', async () => {
    c = await scriptedCall(
      {
        turns: [
          {
            user: 'sales',
            responses: [
              [{ call: 'transfer_to_Sales', arguments: { reason: 'wants pricing' } }],
              [{ say: 'Let me help.' }],
            ],
          },
        ],
      },
      { graph: { salesOpen: () => false } },
    );
    expect(toolNames(c)).toEqual(['transfer_to_Billing', 'transfer_to_Human']);
    c.speak();
    await c.stored('Let me help.');
    expect(outputs(c)[0]).toMatch(/^Error: transfer to Sales is not available right now \(gate closed\)/);
    expect(await c.sb.store.listHandoffs(c.call.conversationId)).toEqual([]);
  });

  it('runs the edge guardrail: the refused handoff is recorded and the safe reply is spoken', async () => {
    c = await scriptedCall(
      {
        turns: [
          {
            user: 'x',
            responses: [
              [toBilling],
              [{ call: 'transfer_to_Sales', arguments: { reason: 'upgrade my plan' } }],
            ],
          },
        ],
      },
      { graph: { salesGuard: () => ({ ok: false, reason: 'sales is closed on Sundays' }) } },
    );
    c.speak();
    await c.stored(DEFAULT_SAFE_REPLY);
    const trail = await c.sb.store.listHandoffs(c.call.conversationId);
    expect(trail.at(-1)).toMatchObject({
      from: 'Billing',
      to: 'Sales',
      kind: 'rejected',
      reason: 'sales is closed on Sundays',
    });
    expect((await c.events('guardrail.tripped'))[0].data).toMatchObject({
      kind: 'handoff',
      guardrail: 'Billing->Sales',
    });
    expect(c.call.activeAgent).toBe('Billing');
  });

  it("applies the edge's input filter to the live conversation (the SDK skips it) and carries the context", async () => {
    c = await scriptedCall(
      {
        turns: [
          {
            user: 'my account',
            responses: [
              [toBilling],
              [{ call: 'lookup_account', arguments: { accountId: 'ACC-7' } }],
              [{ say: 'You are on Growth.' }],
            ],
          },
          {
            user: 'new plan',
            responses: [
              [{ call: 'transfer_to_Sales', arguments: { reason: 'caller wants to upgrade' } }],
              [{ say: 'Happy to help.' }],
            ],
          },
        ],
      },
      { graph: { salesFilter: 'removeAllTools' } },
    );
    c.speak();
    await c.stored('You are on Growth.');
    c.speak();
    await c.stored('Happy to help.');
    const deleted = c.received('conversation.item.delete').map((e) => e.item_id);
    const calls = c
      .remote()
      .conversation.filter((i) => i.type === 'function_call')
      .map((i) => i.name);
    expect(deleted).toHaveLength(2); // transfer_to_Billing and lookup_account; never the transfer in flight
    expect(calls).toEqual(['transfer_to_Sales']);
    expect((await c.events('voice.input_filter'))[0].data).toMatchObject({
      from: 'Billing',
      to: 'Sales',
      removed: 2,
    });
    expect(c.remote().config.instructions).toContain('accountId: ACC-7');
    expect((await c.sb.store.getConversation(c.call.conversationId))?.context).toEqual({
      accountId: 'ACC-7',
    });
  });

  it('collapses earlier turns into a summary system message with a summary filter', async () => {
    c = await scriptedCall(
      {
        turns: [
          { user: 'account', responses: [[toBilling], [{ say: 'Which account?' }]] },
          {
            user: 'upgrade',
            responses: [
              [{ call: 'transfer_to_Sales', arguments: { reason: 'caller wants to upgrade' } }],
              [{ say: 'Sure.' }],
            ],
          },
        ],
      },
      { graph: { salesFilter: { summary: { keepLast: 1 } } } },
    );
    c.speak();
    await c.stored('Which account?');
    c.speak();
    await c.stored('Sure.');
    const created = c.received('conversation.item.create').find((e) => e.item.role === 'system');
    expect(created?.previous_item_id).toBe('root');
    expect(created?.item.content[0].text).toMatch(/^Summary of the earlier conversation:\n- Customer: /);
    expect(c.remote().conversation[0]).toMatchObject({ role: 'system' });
  });

  it('never repeats a side effect for a replayed call id, and escalates on an escalate result', async () => {
    const refund = (amount: number, callId: string) => ({
      call: 'issue_refund',
      arguments: { amount },
      callId,
    });
    c = await scriptedCall({
      turns: [
        {
          user: 'refund',
          responses: [
            [toBilling],
            [refund(20, 'call_refund_1')],
            [refund(20, 'call_refund_1')],
            [refund(900, 'call_refund_2')],
            [{ say: 'A specialist will approve it.' }],
          ],
        },
      ],
    });
    c.speak();
    await c.stored('A specialist will approve it.');
    expect(c.refunds.executed).toBe(2); // 20 once (the replay is answered from the ledger), then 900
    const results = (await c.events('tool.result')).map((e) => e.data);
    expect(results.map((r) => r.replayed)).toEqual([false, true, false]);
    expect(results[1].result).toEqual(results[0].result);
    expect((await c.sb.store.listHandoffs(c.call.conversationId)).at(-1)).toMatchObject({
      to: 'Human',
      kind: 'fallback',
      intent: 'escalation.tool_escalation',
    });
  });
});
