// What a graph module needs, and nothing that starts a store, a server or a model: `switchboard/authoring`.
// The built-in templates import only this (and `switchboard` re-exports all of it), so loading a graph
// does not pull in the runtime; a user's graph can do the same.

export { sql } from 'drizzle-orm';
export { z } from 'zod';
export { defineGraph, type Graph, isGraph } from './graph/defineGraph.ts';
export type { PhoneTargetSpec } from './graph/phoneTarget.ts';
export { DEFAULT_POLICY, type HandoffPolicyOptions } from './graph/policyOptions.ts';
export type {
  AgentSpec,
  AgentVoice,
  EdgeSpec,
  GraphSpec,
  HandoffPayload,
  InputFilterSpec,
  ResponseTemplates,
} from './graph/types.ts';
export { HUMAN_AGENT } from './graph/types.ts';
/** The turn a tool, guardrail or input filter runs in, from its SDK run context (undefined outside a turn). */
export { maybeTurnState, type TurnState } from './runtime/turnState.ts';
export type { ToolDb } from './store/types.ts';
export {
  type ApprovalCheckContext,
  type ApprovalRule,
  defineTool,
  type SwitchboardTool,
  type ToolRunContext,
} from './tools/defineTool.ts';
