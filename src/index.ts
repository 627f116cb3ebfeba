// Public API of Switchboard.

// The same zod and drizzle \`sql\` Switchboard uses, so graph modules need no dependencies of their own.
export { sql } from 'drizzle-orm';
export { z } from 'zod';
export { defineGraph, type Graph, isGraph } from './graph/defineGraph.ts';
export { GraphValidationError } from './graph/graphValidation.ts';
// Telephony (docs/telephony.md): phone targets of a graph (GraphSpec.phone).
export type { PhoneTargetSpec } from './graph/phoneTarget.ts';
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
export { createAgentModelFactory } from './models/agentModels.ts';
export { createOfflineModel } from './models/offline/offlineModel.ts';
export { detectInjection, promptInjectionGuardrail } from './policy/injectionGuard.ts';
export { DEFAULT_POLICY, type HandoffPolicyOptions } from './policy/types.ts';
export { type AgentModelFactory, compileGraph } from './runtime/compileGraph.ts';
export { loadGraph } from './runtime/loadGraph.ts';
export { openSwitchboard } from './runtime/openSwitchboard.ts';
export type { TurnResult } from './runtime/runTurn.ts';
export { ConversationBusyError, InputError, Switchboard } from './runtime/switchboard.ts';
export type { TurnEvent, TurnEventMap } from './runtime/turnState.ts';
export {
  ConversationSession,
  createMemoryStore,
  createPgliteStore,
  createPostgresStore,
  openStore,
} from './store/index.ts';
export type { ConversationRecord, ConversationStore } from './store/types.ts';
export { sendDtmfTool } from './telephony/dtmfTool.ts';
export {
  type ApprovalCheckContext,
  type ApprovalRule,
  defineTool,
  type SwitchboardTool,
  type ToolRunContext,
} from './tools/defineTool.ts';
