import type { NormalizedAgent, NormalizedGraph } from '../../graph/types.ts';
import { createAgentRouter, DEFAULT_ROUTER_THRESHOLD } from '../../routing/agentRouter.ts';
import { toolDocsOf } from './routeAsides.ts';
import { MIN_TOOL_SIMILARITY, scoreTools } from './toolMatcher.ts';

type Transfer = { toolName: string; args: { reason: string; intent: string | null } };

/**
 * "ok let me see it tomorrow at 5:30pm" said to BuyerQualifier after it showed LST-1013: booking the
 * viewing is TourBooker's, two steps away in a star (back to the front desk, on to TourBooker). The
 * buyer desk's router, trained on "see" as its own ("what can I see in Maplewood"), kept the message,
 * and the listing was shown again. When no tool of ours fits the request, the front desk's router sends
 * it to another specialist, and a tool of that specialist fits it, two readings agree it is not ours: it
 * goes that way (straight there when we have the edge, else back to the front desk, which passes it on).
 * Not mid-form (the caller asks only then): there a reply answers our question.
 */
export function frontDeskOwner(
  graph: NormalizedGraph,
  agent: NormalizedAgent | undefined,
  text: string,
  enabledHandoffs: readonly string[],
): Transfer | undefined {
  const entry = graph.byName.get(graph.entry);
  if (!agent || !entry || agent.name === entry.name || agent.human) return undefined;
  if ((scoreTools(text, toolDocsOf(graph, agent))[0]?.score ?? 0) >= MIN_TOOL_SIMILARITY) return undefined;
  const route = createAgentRouter(graph, entry.name, { threshold: DEFAULT_ROUTER_THRESHOLD }).route(
    text,
    entry.handoffs.map((e) => e.toolName),
  );
  const target = graph.byName.get(route.target ?? '');
  if (route.decision !== 'handoff' || !target || target.name === agent.name || target.human) return undefined;
  if ((scoreTools(text, toolDocsOf(graph, target))[0]?.score ?? 0) < MIN_TOOL_SIMILARITY) return undefined;
  const usable = agent.handoffs.filter((e) => enabledHandoffs.includes(e.toolName) && !e.system);
  const edge = usable.find((e) => e.to === target.name) ?? usable.find((e) => e.to === entry.name);
  if (!edge) return undefined;
  return {
    toolName: edge.toolName,
    args: {
      reason: `Customer asks "${text}", which ${target.name} does`,
      intent: `${target.name.toLowerCase()}.request`,
    },
  };
}
