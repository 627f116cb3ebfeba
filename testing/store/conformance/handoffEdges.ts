import { expect, it } from 'vitest';
import { countHandoffsByEdge } from '../../../src/store/handoffEdges.ts';
import type { ConversationStore, NewHandoff } from '../../../src/store/types.ts';
import { newConversation, turnOf, unique } from './fixtures.ts';

const edge = (from: string, to: string, kind: NewHandoff['kind'] = 'handoff'): NewHandoff => ({
  turn: 1,
  from,
  to,
  reason: 'r',
  intent: null,
  kind,
});

/** Handoff counts per edge of one graph and tenant, for the dashboard's graph view. */
export function handoffEdgeConformance(store: () => ConversationStore): void {
  it('counts handoffs per edge and kind, only within the graph and tenant asked for', async () => {
    const graph = unique('graph');
    const commit = async (tenant: string | null, handoffs: NewHandoff[], onGraph = graph) => {
      const conv = await newConversation(store(), { graph: onGraph, tenant });
      await store().commitTurn(turnOf(conv, { handoffs }));
    };
    await commit('acme', [edge('Triage', 'Billing'), edge('Billing', 'Triage')]);
    await commit('acme', [edge('Triage', 'Billing'), edge('Billing', 'Human', 'fallback')]);
    await commit('acme', [edge('Triage', 'Sales', 'rejected')]);
    await commit('globex', [edge('Triage', 'Billing')]);
    await commit(null, [edge('Triage', 'Sales')]);
    await commit('acme', [edge('Triage', 'Billing')], unique('other'));

    expect(await countHandoffsByEdge(store(), graph, 'acme')).toEqual([
      { from: 'Billing', to: 'Human', kind: 'fallback', count: 1 },
      { from: 'Billing', to: 'Triage', kind: 'handoff', count: 1 },
      { from: 'Triage', to: 'Billing', kind: 'handoff', count: 2 },
      { from: 'Triage', to: 'Sales', kind: 'rejected', count: 1 },
    ]);
    expect(await countHandoffsByEdge(store(), graph, null)).toEqual([
      { from: 'Triage', to: 'Sales', kind: 'handoff', count: 1 },
    ]);
    expect(await countHandoffsByEdge(store(), graph, unique('nobody'))).toEqual([]);
  });
}
