import { assistantMessage } from '@openai/agents-core/testing';
import { describe, expect, it } from 'vitest';
import { defineGraph } from '../../src/graph/defineGraph.ts';
import type { AgentModelFactory } from '../../src/models/agentModels.ts';
import { HybridRoutingModel } from '../../src/models/hybridRoutingModel.ts';
import { createAgentRouter } from '../../src/routing/agentRouter.ts';
import { Switchboard } from '../../src/runtime/switchboard.ts';
import { createMemoryStore } from '../../src/store/memoryStore.ts';
import { scriptedModels } from '../../testing/scripted/scriptedModels.ts';

const billingExamples = [
  'I was charged twice this month',
  'where is my invoice',
  'I need a refund for last month',
  'why is my bill so high',
  'update my credit card',
  'cancel my subscription payment',
  'I was billed the wrong amount',
  'send me a copy of my receipt',
];
const salesExamples = [
  'how much does the pro plan cost',
  'I want to buy more seats',
  'can I get a demo of the product',
  'what plans do you offer',
  'do you have discounts for startups',
  'I would like a quote for my team',
  'compare your pricing tiers',
  'talk to sales about an enterprise deal',
];

function hybridGraph(mode: 'hybrid' | 'local', threshold: number) {
  return defineGraph({
    name: 'hybrid',
    entry: 'Triage',
    routing: { mode, threshold },
    agents: [
      { name: 'Triage', instructions: 'Route.', handoffs: ['Billing', 'Sales'] },
      {
        name: 'Billing',
        instructions: 'Bill.',
        handoffDescription: 'Invoices, charges and refunds',
        examples: billingExamples,
      },
      {
        name: 'Sales',
        instructions: 'Sell.',
        handoffDescription: 'Plans, prices, demos',
        examples: salesExamples,
      },
    ],
  });
}

/** Triage = the scripted "LLM" behind the local router; specialists scripted directly. */
function setup(mode: 'hybrid' | 'local', threshold: number, triageScript: any[]) {
  const graph = hybridGraph(mode, threshold);
  const scripted = scriptedModels({
    Triage: triageScript,
    Billing: [[assistantMessage('Billing here.')]],
    Sales: [[assistantMessage('Sales here.')]],
  });
  const factory: AgentModelFactory = (agent, g) => {
    const base = scripted.factory(agent, g);
    if (agent.name !== g.entry) return base;
    const router = createAgentRouter(g, agent.name, { threshold: g.routing.threshold });
    return {
      model: new HybridRoutingModel(base.model, router, mode === 'local' ? 'local' : 'hybrid'),
      path: 'llm',
    };
  };
  return { graph, factory, models: scripted.models };
}

describe('hybrid routing: local classifier in front of the triage LLM', () => {
  it('routes a confident message locally, without calling the LLM', async () => {
    const { graph, factory, models } = setup('hybrid', 0.5, []);
    const store = createMemoryStore();
    const sb = await Switchboard.create({ graph, store, models: factory });
    const conv = await sb.createConversation();
    const result = await sb.send(conv.id, 'I was charged twice, I need a refund');
    expect(result.agent).toBe('Billing');
    expect(models.Triage.calls).toHaveLength(0);
    const decision = (await store.listEvents(conv.id)).find((e) => e.type === 'routing.decision');
    expect(decision?.data.path).toBe('local');
    expect(decision?.data.confidence).toBeGreaterThanOrEqual(0.5);
    // What is recorded is the fast-path confidence the threshold was compared with.
    const fast = createAgentRouter(graph, 'Triage').route('I was charged twice, I need a refund', undefined, {
      fastPath: true,
    });
    expect(decision?.data.confidence).toBe(fast.fastPathConfidence);
  });

  it('lets the LLM decide when the classifier is below the threshold, and records that', async () => {
    // Threshold 1: a softmax over several labels never reaches it, so every decision goes to the LLM
    // (0.999 did not do that: the router is ~0.9999999 sure of this plain billing sentence).
    const { graph, factory, models } = setup('hybrid', 1, [[assistantMessage('Could you tell me more?')]]);
    const store = createMemoryStore();
    const sb = await Switchboard.create({ graph, store, models: factory });
    const conv = await sb.createConversation();
    const result = await sb.send(conv.id, 'I was charged twice, I need a refund');
    expect(result.agent).toBe('Triage');
    expect(result.reply).toBe('Could you tell me more?');
    expect(models.Triage.calls).toHaveLength(1);
  });

  it('asks the LLM when the phrasing views doubt what the router alone is sure of', async () => {
    const text = 'why is the pro plan on my card statement';
    const router = createAgentRouter(hybridGraph('hybrid', 0.9), 'Triage', { threshold: 0.9 });
    // The router alone would route this locally; with the views (fastPathConfidence.ts) it is unsure.
    expect(router.route(text).decision).toBe('handoff');
    expect(router.route(text, undefined, { fastPath: true }).decision).toBe('unsure');

    const hybrid = setup('hybrid', 0.9, [[assistantMessage('Is this about an invoice or a new plan?')]]);
    const store = createMemoryStore();
    const sb = await Switchboard.create({ graph: hybrid.graph, store, models: hybrid.factory });
    const conv = await sb.createConversation();
    const result = await sb.send(conv.id, text);
    expect(result.agent).toBe('Triage');
    expect(hybrid.models.Triage.calls).toHaveLength(1);

    // Local mode routes every decision itself: the fast path does not apply there.
    const local = setup('local', 0.9, []);
    const sbLocal = await Switchboard.create({ graph: local.graph, store, models: local.factory });
    const localConv = await sbLocal.createConversation();
    expect((await sbLocal.send(localConv.id, text)).agent).toBe('Billing');
    expect(local.models.Triage.calls).toHaveLength(0);
  });
});
