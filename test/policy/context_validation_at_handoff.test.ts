import { assistantMessage, functionCall } from '@openai/agents-core/testing';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineTool } from '../../src/tools/defineTool.ts';
import { exampleGraph } from '../../testing/scripted/exampleGraph.ts';
import { scriptedSwitchboard } from '../../testing/scripted/scriptedSwitchboard.ts';

/**
 * Structured context written by one agent's tool is validated by the graph's schema before the next
 * agent sees it: invalid context stops the handoff, extra fields never reach the next agent.
 */
function graphWith(write: (state: Record<string, unknown>) => void, seenByTech: unknown[]) {
  const writeContext = defineTool({
    name: 'write_context',
    description: 'Records what the caller told us',
    parameters: z.object({}),
    async execute(_args, ctx) {
      write(ctx.state as Record<string, unknown>);
      return { ok: true };
    },
  });
  const base = exampleGraph();
  return exampleGraph({
    safeReply: 'SAFE',
    agents: base.agents
      .filter((a) => !a.human)
      .map((a) => {
        if (a.name === 'Billing') return { ...a, tools: [...a.tools, writeContext] };
        if (a.name === 'Tech')
          return {
            ...a,
            instructions: (state: unknown) => {
              seenByTech.push(structuredClone(state));
              return 'Fix things.';
            },
          };
        return a;
      }),
  });
}

const script = {
  Triage: [
    [functionCall('transfer_to_Billing', { reason: 'billing question', intent: null }, { callId: 'c1' })],
  ],
  Billing: [
    [functionCall('write_context', {}, { callId: 'c2' })],
    [functionCall('transfer_to_Tech', { reason: 'technical follow-up', intent: null }, { callId: 'c3' })],
  ],
  Tech: [[assistantMessage('Tech here.')]],
};

describe('context written by one agent is validated before the next agent sees it', () => {
  it('valid context reaches the next agent as the schema parsed it', async () => {
    const seen: unknown[] = [];
    const graph = graphWith((state) => {
      state.accountId = 'ACC-1001';
    }, seen);
    const { sb, store, conv } = await scriptedSwitchboard(script, graph);
    const result = await sb.send(conv.id, 'invoice question, then my API is down');
    expect(result.agent).toBe('Tech');
    expect(seen.at(-1)).toEqual({ accountId: 'ACC-1001' });
    expect((await store.getConversation(conv.id))?.context).toEqual({ accountId: 'ACC-1001' });
  });

  it('invalid context stops the handoff: the next agent never runs, nothing is stored', async () => {
    const seen: unknown[] = [];
    const graph = graphWith((state) => {
      state.accountId = 'not-an-account';
    }, seen);
    const { sb, store, models, conv } = await scriptedSwitchboard(script, graph);
    const result = await sb.send(conv.id, 'invoice question, then my API is down');
    expect(result.reply).toBe('SAFE');
    expect(models.Tech?.calls ?? []).toHaveLength(0);
    expect(seen).toEqual([]);
    const events = await store.listEvents(conv.id);
    expect(events.find((e) => e.type === 'context.invalid')?.data).toMatchObject({ agent: 'Billing' });
    expect((await store.getConversation(conv.id))?.context).toEqual({});
  });

  it('fields outside the schema (forged flags) are dropped before the next agent sees the context', async () => {
    const seen: unknown[] = [];
    const graph = graphWith((state) => {
      state.callerName = 'Eve';
      state.isAdmin = true;
      state.refundLimit = 1_000_000;
    }, seen);
    const { sb, store, conv } = await scriptedSwitchboard(script, graph);
    const result = await sb.send(conv.id, 'invoice question, then my API is down');
    expect(result.agent).toBe('Tech');
    expect(seen.at(-1)).toEqual({ callerName: 'Eve' });
    expect((await store.getConversation(conv.id))?.context).toEqual({ callerName: 'Eve' });
  });
});
