import type { NormalizedGraph } from './types.ts';

/**
 * Whether `target` is a rung below `agent` in a ladder: not the entry, not a person, and every agent it
 * hands to (people aside) is `agent`. The entry agent has no rungs: what it routes to is a branch head.
 * The router leaves a lead's description out of its own texts (it sums up its rungs' topics), and the
 * offline model lets a lead pass an arriving message down at the usual threshold.
 */
export function isRungBelow(graph: NormalizedGraph, agent: string, target: string | undefined): boolean {
  const below = target === undefined ? undefined : graph.byName.get(target);
  if (!below || below.human || below.name === graph.entry || agent === graph.entry) return false;
  const up = below.handoffs.filter((e) => !graph.byName.get(e.to)?.human);
  return up.length > 0 && up.every((e) => e.to === agent);
}

/** Whether some agent is a rung below `agent` (it leads a ladder). */
export function leadsLadder(graph: NormalizedGraph, agent: string): boolean {
  return (graph.byName.get(agent)?.handoffs ?? []).some((e) => isRungBelow(graph, agent, e.to));
}
