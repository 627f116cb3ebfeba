import type { NormalizedEdge } from '../graph/types.ts';
import type { Escalation } from '../policy/escalation.ts';
import type { HandoffReview } from '../policy/handoffReview.ts';
import type { TurnState } from './turnState.ts';

/** A review that refused the transfer and ends the agent's answer with the graph's safe reply. */
export type SafeReplyReview = Extract<HandoffReview, { kind: 'context_invalid' | 'guardrail' }>;

/**
 * Records a transfer refused with the safe reply, the same way for chat (governedModel.ts) and calls
 * (src/voice/toolCallDispatcher.ts): the `context.invalid` or `guardrail.tripped` event, and for a
 * guardrail the rejected handoff in the conversation's handoff log.
 */
export function recordRefusedHandoff(
  turn: TurnState<any>,
  agent: string,
  edge: NormalizedEdge,
  review: SafeReplyReview,
): void {
  if (review.kind === 'context_invalid') {
    turn.emit('context.invalid', { agent, issues: review.issues });
    return;
  }
  turn.emit('guardrail.tripped', {
    agent,
    guardrail: review.guardrail,
    kind: 'handoff',
    reason: review.reason,
  });
  turn.recordHandoff(edge.from, edge.to, review.reason, review.payload.intent ?? null, 'rejected');
}

/**
 * Records a fallback the policy decided (src/policy/escalation.ts) where it is decided, for chat and
 * calls alike: the `policy.tripped` event and the `fallback` handoff. In chat the SDK then carries the
 * move out, and its onHandoff records nothing more (compileGraph.ts).
 */
export function recordEscalation(turn: TurnState<any>, fallback: Escalation): void {
  const { code, message, from, to } = fallback;
  turn.emit('policy.tripped', { code, message, agent: from, escalatedTo: to });
  if (to) turn.recordHandoff(from, to, fallback.reason, fallback.intent, 'fallback');
}
