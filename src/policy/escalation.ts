import type { NormalizedAgent, NormalizedEdge, NormalizedGraph } from '../graph/types.ts';

/**
 * A deterministic fallback: a limit tripped (or a tool asked for a person), so the conversation moves
 * from `from` to `to` without a model deciding it. `to` is null when `from` is the escalation point
 * itself: it then answers with the graph's safe reply. The same wording everywhere: the handoff's
 * `reason` is `policy: <message>`, its `intent` `escalation.<code>`.
 */
export type Escalation = {
  from: string;
  to: string | null;
  code: string;
  message: string;
  reason: string;
  intent: string;
};

/** The fallback from `from` to `to` (an agent's SLA target, the graph's escalation point). */
export function escalation(from: string, to: string | null, code: string, message: string): Escalation {
  return { from, to, code, message, reason: `policy: ${message}`, intent: `escalation.${code}` };
}

/**
 * The fallback of an agent in the middle of its answer, for chat (runtime/governedModel.ts) and calls
 * (src/voice/toolCallDispatcher.ts): over its edge to the graph's escalation point, or none.
 */
export function escalationOf(
  graph: Pick<NormalizedGraph, 'policy'>,
  agent: Pick<NormalizedAgent, 'name' | 'handoffs'>,
  code: string,
  message: string,
): { escalation: Escalation; edge: NormalizedEdge | null } {
  const edge = agent.handoffs.find((e) => e.to === graph.policy.escalateTo) ?? null;
  return { escalation: escalation(agent.name, edge?.to ?? null, code, message), edge };
}

/**
 * A decision that the agent's next step is the escalation, with no model deciding it: a tool's result
 * asked for a person, the tool ceiling stopped a call, a screen matched (the healthcare template's
 * emergency screen). `notice` is said first when the turn ends with the person.
 */
export type EscalationRequest = {
  code: string;
  reason: string;
  notice?: string;
  /**
   * The notice is a safety instruction ("call 911 now"): said again with every reply while the
   * conversation waits for the person, so "what should I do?" never hears only "someone will reply".
   */
  standing?: boolean;
};

/** The escalation a tool's result asks for (`{ escalate: true, reason? }`), or null. */
export function escalationAskedBy(result: unknown): EscalationRequest | null {
  if (typeof result !== 'object' || result === null) return null;
  const r = result as { escalate?: unknown; reason?: unknown; notice?: unknown; noticeStands?: unknown };
  if (r.escalate !== true) return null;
  const reason = typeof r.reason === 'string' && r.reason ? r.reason : 'tool requested escalation';
  // What the customer must hear before the hand-over ("leave your number for the manager"): the person's
  // reply replaces the tool's own message, so without it the customer never heard what was done.
  const notice = typeof r.notice === 'string' && r.notice.trim() ? r.notice.trim() : undefined;
  if (!notice) return { code: 'tool_escalation', reason };
  return r.noticeStands === true
    ? { code: 'tool_escalation', reason, notice, standing: true }
    : { code: 'tool_escalation', reason, notice };
}
