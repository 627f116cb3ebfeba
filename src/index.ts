// Public API of Switchboard.

// Before anything else: the SDK's `@openai/agents` entry replaces the trace processors when it first
// loads. Switchboard itself imports only `@openai/agents-core`, so an application importing both this
// package and `@openai/agents` (in either order) would otherwise lose Switchboard's stored traces to
// the SDK's hosted export. Loaded here first, that replacement happens before Switchboard installs its
// own. (The CLI does not come through here; src/app/loadGraph.ts does the same for graph modules.)
import '@openai/agents';

export { loadGraph } from './app/loadGraph.ts';
export { openSwitchboard } from './app/openSwitchboard.ts';
// Everything a graph module needs (defineGraph, defineTool, zod, sql, the spec types): also importable
// alone as `switchboard/authoring`.
export * from './authoring.ts';
export { GraphValidationError } from './graph/graphValidation.ts';
export { type AgentModelFactory, createAgentModelFactory } from './models/agentModels.ts';
export { createOfflineModel } from './models/offline/offlineModel.ts';
export { detectInjection, promptInjectionGuardrail } from './policy/injectionGuard.ts';
export { compileGraph } from './runtime/compileGraph.ts';
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
