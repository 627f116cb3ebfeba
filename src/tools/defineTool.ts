import type { z } from 'zod';
import type { ToolDb } from '../store/types.ts';

/** What a tool's `execute` receives besides its arguments. */
export type ToolRunContext<S> = {
  /** The conversation's structured context; tools may read and write it (validated by the graph schema). */
  state: S;
  conversationId: string;
  /** Stable id of this call; side effects are recorded against it so a replay never repeats them. */
  callId: string;
  agent: string;
  /**
   * Database handle for the tool's own tables. For tools with `sideEffect: true` this is the
   * transaction that also records the call as completed, so a crash can never leave the effect
   * applied but unrecorded.
   */
  db: ToolDb;
  /** Set when this call waited for a person and was approved (see docs/approvals.md). */
  approval?: { id: string; decidedBy: string; note: string | null };
};

/** What an approval rule sees: the call's context, read-only database access included. */
export type ApprovalCheckContext<S> = {
  state: S;
  conversationId: string;
  agent: string;
  db: ToolDb;
};

/**
 * Whether a call must wait for a person: `true` always; a function decides per call and returns why
 * (a string shown to the operator), `true` for a generic reason, or false/null/undefined to run now.
 */
export type ApprovalRule<A, S> =
  | boolean
  | ((
      args: A,
      ctx: ApprovalCheckContext<S>,
    ) => string | boolean | null | undefined | Promise<string | boolean | null | undefined>);

export type SwitchboardTool<P extends z.ZodObject = z.ZodObject, S = any> = {
  readonly kind: 'switchboard.tool';
  name: string;
  description: string;
  parameters: P;
  /** A side-effecting tool runs at most once per (conversation, call id); replays return the recorded result. */
  sideEffect: boolean;
  /** A person approves the call before it runs; the conversation waits in `awaiting_approval`. */
  needsApproval?: ApprovalRule<z.infer<P>, S>;
  /**
   * False: the local router does not learn from this tool's name and description. For a tool whose
   * requests the agent's routing examples already cover, whose words would only move where other
   * messages go (tool texts are routing texts: docs/routing.md). Default true.
   */
  routingText?: boolean;
  execute: (args: z.infer<P>, ctx: ToolRunContext<S>) => Promise<unknown> | unknown;
};

export function defineTool<P extends z.ZodObject, S = any>(spec: {
  name: string;
  description: string;
  parameters: P;
  sideEffect?: boolean;
  needsApproval?: ApprovalRule<z.infer<P>, S>;
  routingText?: boolean;
  execute: (args: z.infer<P>, ctx: ToolRunContext<S>) => Promise<unknown> | unknown;
}): SwitchboardTool<P, S> {
  if (!/^[a-zA-Z0-9_-]{1,64}$/.test(spec.name)) {
    throw new Error(`tool name "${spec.name}" must match [a-zA-Z0-9_-]{1,64}`);
  }
  return { kind: 'switchboard.tool', sideEffect: spec.sideEffect ?? false, ...spec };
}
