import type { NormalizedAgent, NormalizedGraph } from '../../graph/types.ts';
import { createAgentRouter } from '../../routing/agentRouter.ts';
import { coversRequest } from './agentCoverage.ts';
import { complaintDeskHandoff, voicesDispleasure } from './displeasureAtEntry.ts';

/**
 * A complaint is not a request for a person. Every edge to a human node learns the built-in
 * escalation phrases ("I want to make a complaint"), so the router sends "your agent was rude to me…
 * I want to make a complaint" straight to `Human` even in a graph with a specialist for complaints
 * (real estate's Escalation, which records the case and then hands over). When the customer did not
 * ask for a person outright and another agent of ours covers the message (agentCoverage.ts), that
 * agent takes it; a graph without one still reaches a person.
 */

/** Asking for a person outright ("let me talk to a human", "get me a manager", "a live agent"). */
const ASKS_FOR_PERSON =
  /\b(person|people|human|somebody|anybody|manager|supervisor|representative|operator|staff|colleague|boss|someone (senior|in charge|real)|(real|live|human) (agent|person)|agent please|not a (bot|machine|computer))\b/i;

/**
 * "I'd like the manager to know about this", "I want someone to know", "please tell the owner": a
 * complaint to pass on, not a person asked for. Where a desk of ours passes complaints on (the salon's
 * complaint to the manager), it takes them; the caller had been handed to a person, and nothing was logged.
 */
const INFORMS_SOMEONE =
  /\b(?:(?:let|want|like|need)\s+(?:the\s+|your\s+)?(?:manager|owner|someone|somebody)\s+(?:to\s+)?know|tell\s+(?:the\s+|your\s+)?(?:manager|owner))\b/i;

/** A complaint to pass on to someone ("I'd like the manager to know"), not a person asked for. */
export function informsSomeone(text: string): boolean {
  return INFORMS_SOMEONE.test(text) && !asksToSpeakToAPerson(text);
}

/** Asking for a person outright, or to speak to one ("can I talk to someone?"). */
export function asksForPerson(text: string): boolean {
  return (
    ASKS_FOR_PERSON.test(text) || /\b(speak|talk|chat)\s+(to|with)\s+(someone|somebody|anyone)\b/i.test(text)
  );
}

/**
 * Narrower than `asksForPerson` (any "person" or "staff" in the message), strong enough to decide the route
 * on its own: "Can I please speak to a real person? It's about my dad's test results and I don't want to go through a
 * menu": asking outright to speak to a person, in a clause of its own. So is "I would prefer to discuss
 * the arrangements and the price with a member of your team directly, please, rather than book anything
 * today" (the router read "book" and "price" and sent it to the booking desk). The rest of the message left the
 * router unsure and the caller heard the menu they had just refused. Not when refused ("I don't need to
 * talk to a person").
 */
const SPEAK_TO_A_PERSON =
  /\b(?:speak|talk|chat|(?:discuss|go over|go through)(?:\s+[\w'$,]+){1,8}?)\s+(?:to|with)\s+(?:a|an|some)\s+(?:(?:real|live|actual)\s+)?(?:person|human(?: being)?|one|member of (?:your|the) (?:team|staff)|(?:team|staff) member)\b/i;
const REFUSED = /\b(?:don'?t|do not|dont|no need to|never|not)\s+(?:\w+\s+){0,3}?(?:speak|talk|chat)\b/i;

/** Whether the message asks outright to speak to a person. */
export function asksToSpeakToAPerson(text: string): boolean {
  return SPEAK_TO_A_PERSON.test(text) && !REFUSED.test(text);
}

export type SpecialistRoute = {
  toolName: string;
  reason: string;
  intent: string | null | undefined;
  confidence: number;
};

export function specialistBeforePerson(
  graph: NormalizedGraph,
  agent: NormalizedAgent | undefined,
  text: string,
  enabledHandoffs: readonly string[],
  chosenTarget: string | undefined,
  threshold: number,
): SpecialistRoute | undefined {
  if (!agent || !chosenTarget || graph.byName.get(chosenTarget)?.human !== true) return undefined;
  if (ASKS_FOR_PERSON.test(text) && !informsSomeone(text)) return undefined;
  // A handback to the entry agent is no specialist: it would only add a hop on the way to the person.
  const specialists = agent.handoffs.filter(
    (e) =>
      enabledHandoffs.includes(e.toolName) && e.to !== graph.entry && graph.byName.get(e.to)?.human !== true,
  );
  if (specialists.length === 0) return undefined;
  // "…gone ORANGE. I want someone to know about this.": displeasure to pass on goes to the desk whose
  // purpose names complaints (the salon's complaint to the manager); it had gone to a person, and nothing
  // was logged.
  const complaints =
    voicesDispleasure(text) || informsSomeone(text)
      ? complaintDeskHandoff(graph, agent.name, enabledHandoffs)
      : undefined;
  if (complaints)
    return {
      toolName: complaints,
      reason: `Customer has a complaint to pass on: "${text}"`,
      intent: 'complaint',
      confidence: 1,
    };
  const route = createAgentRouter(graph, agent.name, { threshold }).route(
    text,
    specialists.map((e) => e.toolName),
  );
  if (route.decision !== 'handoff' || !route.toolName || !route.target) return undefined;
  if (!coversRequest(graph, graph.byName.get(route.target), text)) return undefined;
  return {
    toolName: route.toolName,
    reason: route.reason,
    intent: route.intent,
    confidence: route.confidence,
  };
}
