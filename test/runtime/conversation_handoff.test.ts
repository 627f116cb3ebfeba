import { assistantMessage, functionCall } from '@openai/agents-core/testing';
import { describe, expect, it } from 'vitest';
import { Switchboard } from '../../src/runtime/switchboard.ts';
import { createMemoryStore } from '../../src/store/memoryStore.ts';
import { exampleGraph } from '../../testing/scripted/exampleGraph.ts';
import { scriptedSwitchboard } from '../../testing/scripted/scriptedSwitchboard.ts';

const transfer = (to: string, reason: string, callId: string, intent: string | null = null) =>
  functionCall(`transfer_to_${to}`, { reason, intent }, { callId });

const setup = scriptedSwitchboard;

describe('a conversation routed by handoffs', () => {
  it('routes to a specialist, records the typed payload and answers from the specialist', async () => {
    const { sb, store, conv } = await setup({
      Triage: [[transfer('Billing', 'customer disputes invoice INV-9', 'c1', 'billing.dispute')]],
      Billing: [[assistantMessage('I can see invoice INV-9.')]],
    });
    const result = await sb.send(conv.id, 'I was double charged on INV-9');
    expect(result.agent).toBe('Billing');
    expect(result.reply).toBe('I can see invoice INV-9.');
    expect(result.handoffs).toEqual([
      {
        from: 'Triage',
        to: 'Billing',
        reason: 'customer disputes invoice INV-9',
        intent: 'billing.dispute',
        kind: 'handoff',
      },
    ]);
    const stored = await store.getConversation(conv.id);
    expect(stored?.activeAgent).toBe('Billing');
    expect(stored?.handoffCount).toBe(1);
    const log = await store.listHandoffs(conv.id);
    expect(log.map((h) => [h.from, h.to, h.turn])).toEqual([['Triage', 'Billing', 1]]);
  });

  it('keeps the specialist on the next turn, with the whole history and no re-routing', async () => {
    const { sb, models, conv } = await setup({
      Triage: [[transfer('Billing', 'invoice question', 'c1')]],
      Billing: [[assistantMessage('Which invoice?')], [assistantMessage('Found it.')]],
    });
    await sb.send(conv.id, 'question about my invoice');
    const second = await sb.send(conv.id, 'INV-42');
    expect(second.agent).toBe('Billing');
    expect(models.Triage.calls).toHaveLength(1);
    const input = models.Billing.lastCall!.request.input as any[];
    const texts = input.filter((i) => i.role === 'user').map((i) => i.content);
    expect(texts).toEqual(['question about my invoice', 'INV-42']);
  });

  it('hands back to triage when the topic changes, then on to the next specialist', async () => {
    const { sb, conv } = await setup({
      Triage: [
        [transfer('Billing', 'refund', 'c1')],
        [transfer('Sales', 'wants pricing for the Scale plan', 'c3')],
      ],
      Billing: [
        [assistantMessage('Refund done.')],
        [transfer('Triage', 'customer now asks about pricing', 'c2')],
      ],
      Sales: [[assistantMessage('Scale is $99.')]],
    });
    await sb.send(conv.id, 'refund please');
    const result = await sb.send(conv.id, 'and how much is the Scale plan?');
    expect(result.agent).toBe('Sales');
    expect(result.handoffs.map((h) => `${h.from}->${h.to}`)).toEqual(['Billing->Triage', 'Triage->Sales']);
  });

  it('escalates to the built-in Human node and parks the conversation', async () => {
    const { sb, store, conv } = await setup({
      Triage: [[transfer('Human', 'caller asks for a person', 'c1')]],
    });
    const result = await sb.send(conv.id, 'let me talk to a human');
    expect(result.agent).toBe('Human');
    expect(result.status).toBe('awaiting_human');
    expect(result.reply).toMatch(/member of our team/);
    const next = await sb.send(conv.id, 'hello?');
    expect(next.agent).toBe('Human');
    expect((await store.getConversation(conv.id))?.status).toBe('awaiting_human');
    expect((await store.getItems(conv.id)).length).toBeGreaterThanOrEqual(5);
  });

  it('carries structured context across a handoff: the next agent sees what a tool stored', async () => {
    const { sb, store, models, conv } = await setup({
      Triage: [[transfer('Billing', 'account question', 'c1')]],
      Billing: [
        [functionCall('lookup_account', { name: 'Dana Ruiz' }, { callId: 'c2' })],
        [transfer('Tech', 'caller reports failing calls', 'c3')],
      ],
      Tech: [[assistantMessage('Looking at your calls, Dana.')]],
    });
    await sb.send(conv.id, 'this is Dana Ruiz, my calls fail');
    const stored = await store.getConversation(conv.id);
    expect(stored?.context).toEqual({ callerName: 'Dana Ruiz', accountId: 'ACC-1001' });
    const techInstructions = models.Tech.lastCall!.request.systemInstructions!;
    expect(techInstructions).toContain('callerName: Dana Ruiz');
    expect(techInstructions).toContain('accountId: ACC-1001');
  });

  it('injects the shared style guide into every agent', async () => {
    const { sb, models, conv } = await setup(
      {
        Triage: [[transfer('Sales', 'pricing question', 'c1')]],
        Sales: [[assistantMessage('Sure.')]],
      },
      exampleGraph({ styleGuide: 'STYLE: speak like Relay Cloud.' }),
    );
    await sb.send(conv.id, 'price?');
    expect(models.Triage.lastCall!.request.systemInstructions).toMatch(/^STYLE: speak like Relay Cloud\./);
    expect(models.Sales.lastCall!.request.systemInstructions).toMatch(/^STYLE: speak like Relay Cloud\./);
  });
});

describe('routing decisions are recorded', () => {
  it('records the offline router path and confidence for each handoff', async () => {
    const { createAgentModelFactory } = await import('../../src/models/agentModels.ts');
    const { loadGraph } = await import('../../src/app/loadGraph.ts');
    const store = await createMemoryStore();
    const sb = await Switchboard.create({
      graph: await loadGraph('support'),
      store,
      models: createAgentModelFactory({ model: 'offline' }),
    });
    const conv = await sb.createConversation();
    const result = await sb.send(conv.id, 'I was charged twice on invoice INV-2041');
    expect(result.agent).toBe('Billing');
    const decision = (await store.listEvents(conv.id)).find((e) => e.type === 'routing.decision');
    expect(decision?.data).toMatchObject({ agent: 'Triage', path: 'local', target: 'Billing' });
    expect(decision?.data.confidence).toBeGreaterThan(0.5);
  });
});

describe('human takeover', () => {
  it('an operator replies in a parked conversation and hands it back to an agent', async () => {
    const { sb, store, models, conv } = await setup({
      Triage: [[transfer('Human', 'caller asks for a person', 'c1')]],
      Billing: [[assistantMessage('Picking up where my colleague left off.')]],
    });
    await sb.send(conv.id, 'a person please');
    await expect(sb.handBack(conv.id, 'Nobody')).rejects.toThrow(/unknown agent "Nobody"/);
    await sb.operatorReply(conv.id, 'Hi, this is Sam from billing. I have refunded you.');
    const back = await sb.handBack(conv.id, 'Billing');
    expect(back).toMatchObject({ status: 'active', activeAgent: 'Billing' });
    await expect(sb.operatorReply(conv.id, 'too late')).rejects.toThrow(/not awaiting a human/);
    const next = await sb.send(conv.id, 'thanks, one more question');
    expect(next.agent).toBe('Billing');
    const seen = JSON.stringify(models.Billing.lastCall!.request.input);
    expect(seen).toContain('this is Sam from billing');
    const log = await store.listHandoffs(conv.id);
    expect(log.map((h) => `${h.from}->${h.to}`)).toEqual(['Triage->Human', 'Human->Billing']);
  });
});
