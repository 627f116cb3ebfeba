import type { HandoffPolicyOptions } from '../graph/policyOptions.ts';
import type { NormalizedEdge } from '../graph/types.ts';
import { continuesReroute } from './rerouteCount.ts';

/** What the policy knows about a conversation when a handoff is considered. */
export type PolicyView<S = unknown> = {
  conversationId: string;
  /** Handoffs committed so far in the conversation, including this turn's. */
  handoffCount: number;
  /**
   * Reroutes so far (rerouteCount.ts: a handback to the entry agent and its routing on the same
   * message count once). The handoff cap counts these; without it, every handoff counts.
   */
  rerouteCount?: number;
  /** The graph's entry agent, for telling a handback-and-route apart from two reroutes. */
  entry?: string;
  toolCallCount: number;
  /** The user turn now running. */
  turn: number;
  lastHandoff: { from: string; to: string; turn: number } | null;
  state: S;
};

export type PolicyCode = 'handoff_cap' | 'ping_pong' | 'gate' | 'tool_cap';

/**
 * `correct`: tell the model why and let it answer or choose again.
 * `escalate`: a limit that more model calls cannot fix; the deterministic fallback applies.
 */
export type HandoffVerdict =
  | { allow: true }
  | { allow: false; code: PolicyCode; message: string; remedy: 'correct' | 'escalate' };

/**
 * Decides whether an edge may be taken now. Pure: the same view gives the same verdict, which is why
 * it serves both to hide edges from the model (the governed model's request) and to refuse calls the
 * model makes anyway.
 */
export function checkHandoff<S>(
  policy: HandoffPolicyOptions,
  edge: NormalizedEdge<S>,
  view: PolicyView<S>,
): HandoffVerdict {
  // The escalation edge is the fallback itself: never blocked, or a tripped limit could leave no way out.
  if (edge.system || edge.to === policy.escalateTo) return { allow: true };
  const last = view.lastHandoff;
  const counted = view.rerouteCount ?? view.handoffCount;
  // The entry agent routing on right after a handback finishes that reroute: it is not a new one.
  const finishing =
    view.rerouteCount !== undefined &&
    view.entry !== undefined &&
    continuesReroute(last, { from: edge.from, to: edge.to, turn: view.turn }, view.entry);
  if (counted >= policy.maxHandoffs && !finishing) {
    return {
      allow: false,
      code: 'handoff_cap',
      message: `handoff limit reached (${counted}/${policy.maxHandoffs} reroutes in this conversation)`,
      remedy: 'escalate',
    };
  }
  if (
    policy.blockPingPong &&
    last &&
    last.turn === view.turn &&
    last.from === edge.to &&
    last.to === edge.from
  ) {
    return {
      allow: false,
      code: 'ping_pong',
      message: `transfer back to ${edge.to} refused: the conversation just came from ${edge.to} and the customer has not said anything new. Answer the customer yourself.`,
      remedy: 'correct',
    };
  }
  if (edge.canHandoff) {
    let open = false;
    try {
      open = edge.canHandoff({
        from: edge.from,
        to: edge.to,
        state: view.state,
        handoffCount: view.handoffCount,
        conversationId: view.conversationId,
      });
    } catch {
      open = false; // a throwing gate is a closed gate, never an open one
    }
    if (!open) {
      return {
        allow: false,
        code: 'gate',
        message: `transfer to ${edge.to} is not available right now (gate closed). Continue helping the customer yourself.`,
        remedy: 'correct',
      };
    }
  }
  return { allow: true };
}

/** Whether one more function-tool call is allowed. */
export function checkToolCall(policy: HandoffPolicyOptions, toolCallCount: number): HandoffVerdict {
  if (toolCallCount >= policy.maxToolCalls) {
    return {
      allow: false,
      code: 'tool_cap',
      message: `tool-call limit reached (${toolCallCount}/${policy.maxToolCalls} in this conversation)`,
      remedy: 'escalate',
    };
  }
  return { allow: true };
}
