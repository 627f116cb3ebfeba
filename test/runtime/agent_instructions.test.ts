import { assistantMessage, functionCall } from '@openai/agents-core/testing';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineGraph } from '../../src/graph/defineGraph.ts';
import { Switchboard } from '../../src/runtime/switchboard.ts';
import { createMemoryStore } from '../../src/store/memoryStore.ts';
import { scriptedModels } from '../../testing/scripted/scriptedModels.ts';

const graph = defineGraph({
  name: 'instructions',
  entry: 'Triage',
  styleGuide: 'STYLE: brief.',
  context: z.object({ callerName: z.string().optional(), plan: z.string().optional() }),
  agents: [
    { name: 'Triage', instructions: 'Route the caller.', handoffs: ['Billing'] },
    {
      name: 'Billing',
      handoffDescription: 'Invoices and plans',
      instructions: (state: { plan?: string } | undefined) =>
        `Billing for the ${state?.plan ?? 'unknown'} plan.`,
    },
  ],
});

describe('agent instructions as each model call sees them', () => {
  it('are the style guide, the own instructions and what is known, once, for static and computed instructions alike', async () => {
    const { factory, models } = scriptedModels({
      Triage: [
        [functionCall('transfer_to_Billing', { reason: 'plan question', intent: null }, { callId: 'c1' })],
      ],
      Billing: [[assistantMessage('Your plan is Growth.')]],
    });
    const sb = await Switchboard.create({ graph, store: createMemoryStore(), models: factory });
    const conv = await sb.createConversation({ context: { callerName: 'Dana Ruiz', plan: 'Growth' } });
    await sb.send(conv.id, 'which plan am I on?');
    const known =
      'Already known about this customer (never ask for these again):\n- callerName: Dana Ruiz\n- plan: Growth';
    expect(models.Triage.lastCall!.request.systemInstructions).toBe(
      `STYLE: brief.\n\nRoute the caller.\n\n${known}`,
    );
    expect(models.Billing.lastCall!.request.systemInstructions).toBe(
      `STYLE: brief.\n\nBilling for the Growth plan.\n\n${known}`,
    );
  });

  it('hold nothing known while the context is empty', async () => {
    const { factory, models } = scriptedModels({ Triage: [[assistantMessage('How can I help?')]] });
    const sb = await Switchboard.create({ graph, store: createMemoryStore(), models: factory });
    const conv = await sb.createConversation();
    await sb.send(conv.id, 'hello');
    expect(models.Triage.lastCall!.request.systemInstructions).toBe('STYLE: brief.\n\nRoute the caller.');
  });
});
