import type { NormalizedAgent, NormalizedGraph } from '../../graph/types.ts';

type Edge = NormalizedAgent['handoffs'][number];

/**
 * The one specialist this agent may hand the message to now (an enabled edge, not a system edge, not a
 * person) that `serves` it, or undefined when none or several do: a thing or a value only one
 * neighbour knows decides where an unplaced message goes (namedThingOwner.ts, enumValueOwner.ts).
 */
export function soleNeighbour(
  graph: NormalizedGraph,
  agent: NormalizedAgent,
  enabledHandoffs: readonly string[],
  serves: (target: NormalizedAgent) => boolean,
): Edge | undefined {
  const owners = agent.handoffs.filter((edge) => {
    const target = graph.byName.get(edge.to);
    if (!enabledHandoffs.includes(edge.toolName) || edge.system || !target || target.human) return false;
    return serves(target);
  });
  return owners.length === 1 ? owners[0] : undefined;
}
