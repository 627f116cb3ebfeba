import type { NormalizedAgent, NormalizedGraph } from '../../graph/types.ts';
import { enumPropertiesNamedIn } from './argumentExtraction.ts';
import { jsonSchemaOf } from './referenceOwner.ts';
import { soleNeighbour } from './soleNeighbour.ts';

type Transfer = { toolName: string; args: { reason: string; intent: string } };

/**
 * "ran out of my atorvastatin" at the clinic's front desk: the router had never seen the drug's name and
 * was unsure (0.63), so the caller heard a list of topics, and their "yes send it" went to billing. The
 * clinic's own data names it: Atorvastatin is one of the fixed values the clinical line's refill tool
 * takes, and no tool of the front desk takes it. When the router cannot tell, a value of a fixed set
 * (an enum argument) that only one neighbour's tools take decides: the message goes there. Staff names
 * are left out (customers share first names: argumentExtraction's ROLE), and so is a value any tool of
 * ours takes, or that two neighbours take ("Dermatology" is the front desk's as much as anyone's).
 */
export function enumValueOwner(
  graph: NormalizedGraph,
  agent: NormalizedAgent | undefined,
  text: string,
  enabledHandoffs: readonly string[],
): Transfer | undefined {
  if (!agent) return undefined;
  const names = (a: NormalizedAgent | undefined) =>
    a?.tools.some((t) => enumPropertiesNamedIn(jsonSchemaOf(t), text).length > 0) === true;
  // Ours, or a desk's we consult (an agent used as a tool): no reason to move.
  if (names(agent) || (agent.agentTools ?? []).some((t) => names(graph.byName.get(t.agent))))
    return undefined;
  const edge = soleNeighbour(graph, agent, enabledHandoffs, names);
  if (!edge) return undefined;
  return {
    toolName: edge.toolName,
    args: {
      reason: `Customer names something only ${edge.to} takes: "${text}"`,
      intent: `${edge.to.toLowerCase()}.request`,
    },
  };
}
