import { assistantMessage, functionCall } from '@openai/agents-core/testing';
import { describe, expect, it } from 'vitest';
import type { InputFilterSpec } from '../../src/graph/types.ts';
import { Switchboard } from '../../src/runtime/switchboard.ts';
import { createMemoryStore } from '../../src/store/memoryStore.ts';
import { exampleGraph } from '../../testing/scripted/exampleGraph.ts';
import { scriptedModels } from '../../testing/scripted/scriptedModels.ts';

/** Turn 1: Triage → Billing, Billing looks up the account and answers. Turn 2: Billing → Tech over the filtered edge. */
async function techInputAfter(filter: InputFilterSpec): Promise<any[]> {
  const graph = exampleGraph({ edges: { Billing: ['Triage', { to: 'Tech', inputFilter: filter }] } });
  const { factory, models } = scriptedModels({
    Triage: [[functionCall('transfer_to_Billing', { reason: 'account', intent: null }, { callId: 'c1' })]],
    Billing: [
      [functionCall('lookup_account', { name: 'Dana' }, { callId: 'c2' })],
      [assistantMessage('Found your account, Dana.')],
      [functionCall('transfer_to_Tech', { reason: 'calls failing', intent: null }, { callId: 'c3' })],
    ],
    Tech: [[assistantMessage('Checking your calls.')]],
  });
  const sb = await Switchboard.create({ graph, store: await createMemoryStore(), models: factory });
  const conv = await sb.createConversation();
  await sb.send(conv.id, 'this is Dana, check my account');
  await sb.send(conv.id, 'also my calls keep failing');
  return models.Tech.lastCall!.request.input as any[];
}

const userTexts = (input: any[]) => input.filter((i) => i.role === 'user').map((i) => i.content);

describe('handoff input filters per edge', () => {
  it('full history by default', async () => {
    const input = await techInputAfter('full');
    expect(userTexts(input)).toEqual(['this is Dana, check my account', 'also my calls keep failing']);
    expect(input.some((i) => i.type === 'function_call' && i.name === 'lookup_account')).toBe(true);
  });

  it('removeAllTools drops tool calls and outputs but keeps the messages', async () => {
    const input = await techInputAfter('removeAllTools');
    expect(input.some((i) => i.type === 'function_call' || i.type === 'function_call_result')).toBe(false);
    expect(userTexts(input)).toEqual(['this is Dana, check my account', 'also my calls keep failing']);
  });

  it('lastN keeps only the most recent items, never a tool output without its call', async () => {
    const input = await techInputAfter({ lastN: 2 });
    expect(userTexts(input)).toEqual(['also my calls keep failing']);
    const calls = new Set(input.filter((i) => i.type === 'function_call').map((i) => i.callId));
    for (const out of input.filter((i) => i.type === 'function_call_result'))
      expect(calls.has(out.callId)).toBe(true);
  });

  it('summary collapses earlier turns into one system message', async () => {
    const input = await techInputAfter({ summary: { keepLast: 1 } });
    const summary = input.find((i) => i.role === 'system');
    expect(summary.content).toMatch(/^Summary of the earlier conversation:/);
    expect(summary.content).toContain('Customer: this is Dana, check my account');
    expect(summary.content).toContain('lookup_account returned');
    expect(userTexts(input)).toEqual(['also my calls keep failing']);
  });
});
