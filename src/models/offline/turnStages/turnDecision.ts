import type { RoutingDecision } from '../../routingDecision.ts';

/**
 * What the offline model does with one call: say a text, or call a tool or handoff with arguments. A
 * transfer the local router chose carries the router's confidence, for the governed model to record
 * (routingDecision.ts).
 */
export type TurnDecision =
  | { say: string }
  | { call: string; args: Record<string, unknown>; routing?: RoutingDecision };

/** A stage of the turn (offlineModel.ts) decided nothing: the next stage reads `next`. */
export type NextStage<Turn> = { next: Turn };

/** A stage's outcome: a decision, or what the next stage reads. */
export type StageOutcome<Turn> = TurnDecision | NextStage<Turn>;

export function isDecision<Turn>(outcome: StageOutcome<Turn>): outcome is TurnDecision {
  return !('next' in outcome);
}
