import type { NormalizedEdge } from '../graph/types.ts';
import type { HandoffPolicyOptions } from './types.ts';

/** What the policy knows about a conversation when a handoff is considered. */
export type PolicyView<S = unknown> = {
  conversationId: string;
  /** Handoffs committed so far in the conversation, including this turn's. */
  handoffCount: number;
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
  if (view.handoffCount >= policy.maxHandoffs) {
    return {
      allow: false,
      code: 'handoff_cap',
      message: `handoff limit reached (${view.handoffCount}/${policy.maxHandoffs} in this conversation)`,
      remedy: 'escalate',
    };
  }
  const last = view.lastHandoff;
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
