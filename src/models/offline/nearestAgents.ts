import type { NormalizedEdge, NormalizedGraph } from '../../graph/types.ts';

/**
 * The agents nearest to `from` by handoffs (never through a person) for which `matches` holds, each with
 * the first step of the way there: a breadth-first walk, one ring of agents at a time, stopping at the
 * first ring with a match. A message that names what only a distant agent does goes one step along the
 * way; each agent on it does the same, so it arrives (referenceOwner.ts, routeAsides.ts).
 */
export function nearestAgents(
  graph: NormalizedGraph,
  from: string,
  firstSteps: readonly NormalizedEdge[],
  matches: (agentName: string) => boolean,
): { edge: NormalizedEdge; at: string }[] {
  const seen = new Set([from]);
  let ring = firstSteps.map((edge) => ({ edge, at: edge.to }));
  while (ring.length > 0) {
    const hits = ring.filter((r) => matches(r.at));
    if (hits.length > 0) return hits;
    for (const r of ring) seen.add(r.at);
    const next: typeof ring = [];
    for (const r of ring)
      for (const e of graph.byName.get(r.at)?.handoffs ?? []) {
        if (seen.has(e.to) || graph.byName.get(e.to)?.human || next.some((n) => n.at === e.to)) continue;
        next.push({ edge: r.edge, at: e.to });
      }
    ring = next;
  }
  return [];
}
