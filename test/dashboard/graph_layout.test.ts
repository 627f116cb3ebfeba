import { describe, expect, it } from 'vitest';
import { loadGraph, templateNames } from '../../src/app/loadGraph.ts';
import type { Graph } from '../../src/graph/defineGraph.ts';
import { edgePath, graphEdges, layoutGraph, PHONE_PREFIX } from '../../web/src/lib/graphLayout.ts';

/** The dashboard's view of a graph: the topology JSON the API serves, no handoffs counted yet. */
function topology(graph: Graph) {
  return graph.toJSON().agents;
}

function overlap(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('the agent graph drawing of every template', () => {
  for (const name of templateNames()) {
    it(`${name}: draws every declared edge, the entry first, Human last, no two agents overlapping`, async () => {
      const graph = await loadGraph(name);
      const agents = topology(graph);
      const edges = graphEdges(agents, graph.entry, []);
      const layout = layoutGraph(agents, edges, graph.entry);

      for (const a of agents) {
        for (const h of a.handoffs) expect(edges.some((e) => e.from === a.name && e.to === h.to)).toBe(true);
        for (const t of a.agentTools)
          expect(edges).toContainEqual(
            expect.objectContaining({ from: a.name, to: t.agent, kind: 'agent-tool' }),
          );
        if (a.sla)
          expect(edges).toContainEqual(
            expect.objectContaining({ from: a.name, to: a.sla.escalateTo, kind: 'sla' }),
          );
      }
      for (const e of edges) expect(layout.edges.get(e.id)?.length ?? 0).toBeGreaterThanOrEqual(2);

      const placed = [...layout.nodes.values()];
      for (let i = 0; i < placed.length; i++) {
        for (let j = i + 1; j < placed.length; j++) expect(overlap(placed[i], placed[j])).toBe(false);
      }
      const xs = placed.map((n) => n.x);
      expect(layout.nodes.get(graph.entry)?.x).toBe(Math.min(...xs));
      expect(layout.nodes.get('Human')?.x).toBe(Math.max(...xs));
    });
  }

  it('healthcare: the desks the receptionist uses as tools hang off it, not loose', async () => {
    const graph = await loadGraph('healthcare');
    const edges = graphEdges(topology(graph), graph.entry, []);
    const asTools = edges.filter((e) => e.kind === 'agent-tool').map((e) => `${e.from}->${e.to}`);
    expect(asTools.sort()).toEqual([
      'Receptionist->Billing',
      'Receptionist->Insurance',
      'Receptionist->Records',
      'Receptionist->Scheduling',
    ]);
  });

  it('after-hours: every SLA rung and escalation is an edge of its own kind', async () => {
    const graph = await loadGraph('after-hours');
    const edges = graphEdges(topology(graph), graph.entry, []);
    expect(edges.filter((e) => e.kind === 'sla').length).toBeGreaterThanOrEqual(4);
    expect(edges.some((e) => e.kind === 'escalation')).toBe(true);
    expect(edges.filter((e) => e.kind === 'sla').every((e) => /^SLA \d+ turns$/.test(e.label ?? ''))).toBe(
      true,
    );
  });

  it('a phone target becomes a node of its own after the agent that transfers to it', () => {
    const agents = [
      { name: 'Desk', human: false, handoffs: [{ to: 'Human', system: true }] },
      { name: 'Human', human: true, handoffs: [], phone: { target: '+15550100', mode: 'warm' } },
    ];
    const edges = graphEdges(agents, 'Desk', []);
    const phone = edges.find((e) => e.kind === 'phone');
    expect(phone).toMatchObject({ from: 'Human', to: `${PHONE_PREFIX}+15550100`, label: 'warm transfer' });
    const layout = layoutGraph(agents, edges, 'Desk');
    expect(layout.nodes.get(`${PHONE_PREFIX}+15550100`)?.x).toBeGreaterThan(
      layout.nodes.get('Human')?.x ?? 0,
    );
  });

  it('a handback taken by an operator (declared nowhere) is drawn as undeclared', () => {
    const agents = [
      { name: 'Desk', human: false, handoffs: [{ to: 'Billing', system: false }] },
      { name: 'Billing', human: false, handoffs: [] },
    ];
    const count = {
      from: 'Billing',
      to: 'Desk',
      declared: false,
      system: false,
      total: 2,
      counts: { handoff: 2, fallback: 0, rejected: 0 },
    };
    const edges = graphEdges(agents, 'Desk', [count]);
    expect(edges.find((e) => e.from === 'Billing')).toMatchObject({ kind: 'handback', undeclared: true });
  });

  it('A→B and B→A never share a line, and a label sits halfway along its edge', async () => {
    const graph = await loadGraph('salon');
    const agents = topology(graph);
    const edges = graphEdges(agents, graph.entry, []);
    const layout = layoutGraph(agents, edges, graph.entry);
    const there = layout.edges.get('handoff:CustomerService->Booking');
    const back = layout.edges.get('handoff:Booking->CustomerService');
    expect(there && back).toBeTruthy();
    expect(edgePath(there ?? []).path).not.toBe(edgePath([...(back ?? [])].reverse()).path);
    const { label } = edgePath([
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 100, y: 100 },
    ]);
    expect(label).toEqual({ x: 100, y: 0 });
  });
});
