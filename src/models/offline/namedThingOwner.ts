import type { NormalizedAgent, NormalizedGraph } from '../../graph/types.ts';
import { soleNeighbour } from './soleNeighbour.ts';
import { askedIfOffered, listedThings } from './subjectWords.ts';

type Transfer = { toolName: string; args: { reason: string; intent: string } };

/**
 * "do you do balayage?" at the salon's front desk: the router was unsure (stay 0.67 against the colour
 * desk's 0.24: "do you do" is what the desk hears all day), and the customer heard what the desk can do.
 * When the router cannot tell and the customer asks whether we offer something, a thing the message names that exactly one tool of the graph lists in its
 * description (in brackets), a neighbour's look-up (the colour quote lists balayage; nothing else does), decides: the
 * message goes there. A word many tools use ("account") is a topic the router must judge, not a thing.
 */
export function namedThingOwner(
  graph: NormalizedGraph,
  agent: NormalizedAgent | undefined,
  text: string,
  enabledHandoffs: readonly string[],
): Transfer | undefined {
  const said = askedIfOffered(text);
  if (!agent || said.length === 0) return undefined;
  const names = (description: string) => said.some((w) => listedThings(description).includes(w));
  if (agent.tools.some((t) => names(t.description ?? ''))) return undefined;
  // A thing, not a topic: named by exactly one tool of the whole graph ("account" is many tools' word).
  const namers = graph.agents.flatMap((a) => a.tools).filter((t) => names(t.description ?? ''));
  if (new Set(namers.map((t) => t.name)).size !== 1) return undefined;
  const edge = soleNeighbour(graph, agent, enabledHandoffs, (target) =>
    target.tools.some((t) => !t.sideEffect && names(t.description ?? '')),
  );
  if (!edge) return undefined;
  return {
    toolName: edge.toolName,
    args: {
      reason: `Customer asks about something ${edge.to} looks up: "${text}"`,
      intent: `${edge.to.toLowerCase()}.lookup`,
    },
  };
}
