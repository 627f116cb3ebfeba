import { describe, expect, it } from 'vitest';
import { edgeGeometry, edgeRoute, layoutGraph } from '../../web/src/lib/graphLayout.ts';
import { loadGraph } from '../runtime/loadGraph.ts';

describe('the agent graph layout', () => {
  it('puts the entry first, its specialists next and Human last, each column centred', async () => {
    const graph = await loadGraph('support');
    const edges = graph.agents.flatMap((a) =>
      a.handoffs.map((e) => ({ from: a.name, to: e.to, system: e.system })),
    );
    const placed = layoutGraph(graph.agents, edges, graph.entry);
    const layer = (name: string) => placed.get(name)?.layer;
    expect(layer('Triage')).toBe(0);
    expect(['Billing', 'TechSupport', 'Sales'].map(layer)).toEqual([1, 1, 1]);
    expect(layer('Human')).toBe(2);
    const column = ['Billing', 'TechSupport', 'Sales'].map((n) => placed.get(n)?.y ?? Number.NaN);
    expect(column.reduce((a, b) => a + b, 0)).toBeCloseTo(0);
    expect(new Set(column).size).toBe(3);
  });

  it('gives an agent nobody hands to its own column before Human', () => {
    const placed = layoutGraph(
      [
        { name: 'Desk', human: false },
        { name: 'Orphan', human: false },
        { name: 'Human', human: true },
      ],
      [{ from: 'Desk', to: 'Human', system: true }],
      'Desk',
    );
    expect([placed.get('Desk')?.layer, placed.get('Orphan')?.layer, placed.get('Human')?.layer]).toEqual([
      0, 1, 2,
    ]);
  });

  it('draws A→B and B→A on different sides, and arcs a skipped column over every node', () => {
    const a = { name: 'A', layer: 0, index: 0, x: 0, y: 0 };
    const b = { name: 'B', layer: 1, index: 0, x: 320, y: -130 };
    const h = { name: 'H', layer: 2, index: 0, x: 640, y: 0 };
    expect(edgeRoute(a, b)).toMatchObject({ route: 'forward', sourceHandle: 'r-out', targetHandle: 'l-in' });
    expect(edgeRoute(b, a)).toMatchObject({ route: 'backward', sourceHandle: 'l-out', targetHandle: 'r-in' });
    expect(edgeRoute(a, h).route).toBe('over');
    expect(edgeRoute(h, a).route).toBe('under');
    const bounds = { top: -130, bottom: 64 };
    const over = edgeGeometry('over', { x: 60, y: 0 }, { x: 700, y: 0 }, bounds);
    expect(over.label.y).toBeLessThan(bounds.top);
    const under = edgeGeometry('under', { x: 700, y: 64 }, { x: 60, y: 64 }, bounds);
    expect(under.label.y).toBeGreaterThan(bounds.bottom);
    expect(over.path.startsWith('M 60,0 C')).toBe(true);
  });
});
