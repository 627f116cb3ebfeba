import type { NormalizedAgent, NormalizedGraph } from '../../graph/types.ts';
import { createAgentRouter, DEFAULT_ROUTER_THRESHOLD } from '../../routing/agentRouter.ts';
import { asksOwnRecord, findsOwnRecords } from './ownRecordsAsked.ts';

export type Transfer = { toolName: string; args: { reason: string; intent: string | null } };

/**
 * "hiya can you tell me when my keratin is, its under 07700 900505", "hi its 07700 900931, what time is my
 * cut on the 17th?": the front desk has no look-up, and its router hears "what time" as the opening-hours
 * question and kept the message, answering with its menu. A message at the entry that asks what the
 * customer holds, or when it is (ownRecordsAsked.ts), goes to a desk that looks such records up: of the
 * desks reachable whose tools include one, the one the entry's router ranks highest. Not a message the
 * entry's router keeps as another business's ("when is my dentist appointment?" to a salon); nor one that
 * answers a question we asked, which the caller checks. Measured: docs/dialogue.md, fifty-second pass.
 */
export function ownRecordDesk(
  graph: NormalizedGraph,
  agent: NormalizedAgent | undefined,
  text: string,
  enabledHandoffs: readonly string[],
): Transfer | undefined {
  if (!agent || agent.name !== graph.entry || !asksOwnRecord(text)) return undefined;
  // An entry with tools or desks of its own (the clinic's receptionist consults a scheduling desk) answers
  // through them; only a front desk that holds nothing passes the question on.
  if (agent.tools.length > 0 || (agent.agentTools?.length ?? 0) > 0) return undefined;
  const looksUp = (a: NormalizedAgent | undefined) =>
    a?.tools.some((t) => !t.sideEffect && findsOwnRecords(t)) === true;
  const desks = agent.handoffs.filter((e) => {
    const target = graph.byName.get(e.to);
    return enabledHandoffs.includes(e.toolName) && !e.system && !target?.human && looksUp(target);
  });
  if (desks.length === 0) return undefined;
  const router = createAgentRouter(graph, agent.name, { threshold: DEFAULT_ROUTER_THRESHOLD });
  if (router.route(text, enabledHandoffs).keptAs === 'foreign') return undefined;
  const route = router.route(
    text,
    desks.map((e) => e.toolName),
  );
  const ranked = route.ranking.find((r) => desks.some((e) => e.toolName === r.label))?.label;
  const edge = desks.find((e) => e.toolName === ranked) ?? desks[0];
  return {
    toolName: edge.toolName,
    args: {
      reason: `Customer asks about what they have booked: "${text}"`,
      intent: `${edge.to.toLowerCase()}.lookup`,
    },
  };
}
