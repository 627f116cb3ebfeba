import { describe, expect, it } from 'vitest';
import { defineGraph } from '../../src/graph/defineGraph.ts';
import { learnedRowsFromStore, withLearnedRouter } from '../../src/runtime/learnedRouting.ts';
import { learnedRouterStoreFor } from '../../src/store/learnedRouterStore.ts';
import { createMemoryStore } from '../../src/store/memoryStore.ts';
import type { ConversationStore, NewEvent } from '../../src/store/types.ts';
import { turnOf, user } from '../../testing/store/conformance/fixtures.ts';

const graph = defineGraph({
  name: 'desk',
  entry: 'Triage',
  agents: [
    { name: 'Triage', instructions: 'Route.', handoffs: ['Billing', 'Tech', 'Human'] },
    { name: 'Billing', instructions: 'Bill.', handoffDescription: 'Billing', examples: ['refund please'] },
    {
      name: 'Tech',
      instructions: 'Fix.',
      handoffDescription: 'Technical problems',
      examples: ['calls drop'],
    },
  ],
});

const decision = (target: string | null, path: 'llm' | 'local' = 'llm'): NewEvent => ({
  turn: 0,
  type: 'routing.decision',
  data: { agent: 'Triage', path, target, confidence: null },
});

async function conversation(
  store: ConversationStore,
  turns: { text: string; event?: NewEvent; handoff?: string }[],
) {
  let conv = await store.createConversation({ graph: 'desk', activeAgent: 'Triage', context: {} });
  for (const t of turns) {
    const turn = conv.turnCount + 1;
    conv = await store.commitTurn(
      turnOf(conv, {
        turn,
        items: [{ agent: null, item: user(t.text) }],
        events: t.event ? [{ ...t.event, turn }] : [],
        handoffs: t.handoff
          ? [{ turn, from: 'Human', to: t.handoff, reason: 'operator', intent: null, kind: 'handoff' }]
          : [],
      }),
    );
  }
}

describe('router train --from-store', () => {
  it("learns the LLM's routing decisions and the operators' corrections, and the graph routes with them", async () => {
    const store = createMemoryStore();
    await store.migrate();
    await conversation(store, [
      { text: 'I was double charged', event: decision('Billing') },
      { text: 'thanks', event: decision(null) },
    ]);
    // Routed to Billing by the LLM, escalated, and handed to Tech by the operator: a correction.
    await conversation(store, [
      { text: 'the zorp box keeps beeping', event: decision('Billing') },
      { text: 'a person please', event: decision('Human', 'local') },
      { text: '(operator hand back)', handoff: 'Tech' },
    ]);
    // Local decisions are not the LLM's: learnt only when an operator corrects them.
    await conversation(store, [{ text: 'refund please', event: decision('Billing', 'local') }]);

    const rows = await learnedRowsFromStore(store, graph);
    expect([...rows].sort((a, b) => a.input.localeCompare(b.input))).toEqual([
      { input: 'I was double charged', agent: 'Billing' },
      { input: 'thanks', agent: 'Triage' },
      { input: 'the zorp box keeps beeping', agent: 'Tech' },
    ]);

    expect(await withLearnedRouter(graph, store)).toBe(graph);
    await (await learnedRouterStoreFor(store)).save({
      graph: 'desk',
      rows,
      trainingSize: rows.length,
      heldOut: {},
      threshold: 0.83,
      source: 'store',
    });
    const learned = await withLearnedRouter(graph, store);
    expect(learned.byName.get('Tech')?.examples).toContain('the zorp box keeps beeping');
    expect(learned.routing.threshold).toBe(0.83);
    expect(graph.byName.get('Tech')?.examples).not.toContain('the zorp box keeps beeping');
    await store.close();
  });
});
