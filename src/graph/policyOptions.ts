/**
 * Limits enforced in code on every conversation, whatever the model says. They are graph data: a graph
 * declares them (`GraphSpec.policy`) and the checks in src/policy read them.
 */
export type HandoffPolicyOptions = {
  /** Hard cap on handoffs per conversation; the next attempt escalates instead. */
  maxHandoffs: number;
  /** A `handoff.warning` event is emitted when the count reaches this number. */
  warnAt: number;
  /** Block A→B→A when no new user message arrived since A→B. */
  blockPingPong: boolean;
  /** Cap on tool calls per conversation (function tools, not handoffs). */
  maxToolCalls: number;
  /** Model calls in one user turn (the SDK's `maxTurns`; not an SLA's `maxTurns`, which counts user turns). */
  maxModelCalls: number;
  /** Where deterministic fallbacks go: an agent name or the built-in `Human`. */
  escalateTo: string;
  /** How many times a model is told about a rejected tool/handoff call before the fallback applies. */
  maxCorrections: number;
};

export const DEFAULT_POLICY: HandoffPolicyOptions = {
  maxHandoffs: 5,
  warnAt: 3,
  blockPingPong: true,
  maxToolCalls: 30,
  maxModelCalls: 10,
  escalateTo: 'Human',
  maxCorrections: 2,
};
