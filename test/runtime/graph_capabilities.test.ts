import { assistantMessage, functionCall } from '@openai/agents-core/testing';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineGraph } from '../../src/graph/defineGraph.ts';
import { GraphValidationError } from '../../src/graph/graphValidation.ts';
import { defineTool } from '../../src/tools/defineTool.ts';
import { scriptedSwitchboard } from '../../testing/scripted/scriptedSwitchboard.ts';

const transfer = (to: string, callId: string) =>
  functionCall(`transfer_to_${to}`, { reason: `needs ${to}`, intent: null }, { callId });

describe('agents as tools (manager pattern)', () => {
  const graph = defineGraph({
    name: 'manager',
    entry: 'Receptionist',
    agents: [
      { name: 'Receptionist', instructions: 'Manage.', agentTools: ['Lookup'], handoffs: [] },
      {
        name: 'Lookup',
        instructions: 'Find patients.',
        handoffDescription: 'Finds a patient record by name',
      },
    ],
  });

  it('the manager calls a specialist as a tool and keeps the conversation', async () => {
    const { sb, models, conv } = await scriptedSwitchboard(
      {
        Receptionist: [
          [functionCall('ask_Lookup', { input: 'find Dana Ruiz' }, { callId: 'c1' })],
          [assistantMessage('I found your record, Dana.')],
        ],
        Lookup: [[assistantMessage('Dana Ruiz: patient P-100')]],
      },
      graph,
    );
    const result = await sb.send(conv.id, 'this is Dana Ruiz');
    expect(result.agent).toBe('Receptionist');
    expect(result.handoffs).toEqual([]);
    expect(models.Lookup.calls).toHaveLength(1);
    const toolOutput = (models.Receptionist.lastCall!.request.input as any[]).find(
      (i) => i.type === 'function_call_result',
    );
    expect(JSON.stringify(toolOutput.output)).toContain('patient P-100');
  });

  it('an agent used only as a tool counts as reachable; an unknown one is an error', () => {
    expect(() =>
      defineGraph({
        name: 'bad',
        entry: 'A',
        agents: [{ name: 'A', instructions: 'x', agentTools: ['Nobody'] }],
      }),
    ).toThrow(GraphValidationError);
  });
});

describe('SLA per agent', () => {
  const graph = defineGraph({
    name: 'ladder',
    entry: 'Root',
    agents: [
      { name: 'Root', instructions: 'Route.', handoffs: ['Scheduler'] },
      {
        name: 'Scheduler',
        instructions: 'Schedule.',
        handoffDescription: 'Appointments',
        handoffs: ['Lead'],
        sla: { maxTurns: 2, escalateTo: 'Lead' },
      },
      {
        name: 'Lead',
        instructions: 'Lead.',
        handoffDescription: 'Operations lead',
        sla: { maxTurns: 1, escalateTo: 'Human' },
      },
    ],
  });

  it('moves the conversation up the ladder once an agent has had its turns', async () => {
    const { sb, store, models, conv } = await scriptedSwitchboard(
      {
        Root: [[transfer('Scheduler', 'c1')]],
        Scheduler: [[assistantMessage('Which day?')], [assistantMessage('Still looking.')]],
        Lead: [[assistantMessage('I am the lead, let me sort this out.')]],
      },
      graph,
    );
    expect((await sb.send(conv.id, 'book me in')).agent).toBe('Scheduler');
    expect((await sb.send(conv.id, 'Tuesday?')).agent).toBe('Scheduler');
    const third = await sb.send(conv.id, 'hello??');
    expect(third.agent).toBe('Lead');
    expect(third.handoffs).toEqual([
      expect.objectContaining({
        from: 'Scheduler',
        to: 'Lead',
        kind: 'fallback',
        reason: 'policy: SLA of 2 turns reached at Scheduler',
      }),
    ]);
    expect(models.Scheduler.calls).toHaveLength(2);
    const fourth = await sb.send(conv.id, 'still waiting');
    expect(fourth.agent).toBe('Human');
    expect(fourth.status).toBe('awaiting_human');
    const trips = (await store.listEvents(conv.id))
      .filter((e) => e.type === 'policy.tripped')
      .map((e) => e.data.code);
    expect(trips).toEqual(['sla', 'sla']);
  });
});

describe('capability injection on an edge', () => {
  const analyzePhoto = defineTool({
    name: 'analyze_photo',
    description: 'Describe a listing photo',
    parameters: z.object({ url: z.string() }),
    execute: ({ url }) => ({ rooms: 3, url }),
  });
  const graph = defineGraph({
    name: 'inject',
    entry: 'Triage',
    agents: [
      {
        name: 'Triage',
        instructions: 'Route.',
        handoffs: [{ to: 'Seller', injectTools: [analyzePhoto] }, 'Buyer'],
      },
      { name: 'Seller', instructions: 'Sell.', handoffDescription: 'Listing a home', handoffs: ['Triage'] },
      { name: 'Buyer', instructions: 'Buy.', handoffDescription: 'Buying a home', handoffs: ['Seller'] },
    ],
  });
  const toolsOffered = (model: any) => model.lastCall.request.tools.map((t: any) => t.name);

  it('the target gets the injected tool only when control arrives over that edge', async () => {
    const viaTriage = await scriptedSwitchboard(
      {
        Triage: [[transfer('Seller', 'c1')]],
        Seller: [
          [functionCall('analyze_photo', { url: 'http://x/1.jpg' }, { callId: 'c2' })],
          [assistantMessage('Three rooms.')],
        ],
      },
      graph,
    );
    const result = await viaTriage.sb.send(viaTriage.conv.id, 'I want to sell, here is a photo');
    expect(result.toolCalls.map((t) => t.tool)).toEqual(['analyze_photo']);
    expect(toolsOffered(viaTriage.models.Seller)).toContain('analyze_photo');

    const viaBuyer = await scriptedSwitchboard(
      {
        Triage: [[transfer('Buyer', 'c1')]],
        Buyer: [[transfer('Seller', 'c2')]],
        Seller: [[assistantMessage('Happy to help you list.')]],
      },
      graph,
    );
    await viaBuyer.sb.send(viaBuyer.conv.id, 'buying, and also selling');
    expect(toolsOffered(viaBuyer.models.Seller)).not.toContain('analyze_photo');
  });
});
