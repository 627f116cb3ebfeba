import type { InputGuardrail, Model, OutputGuardrail } from '@openai/agents-core';
import type { z } from 'zod';
import type { SwitchboardTool } from '../tools/defineTool.ts';
import type { HandoffPolicyOptions } from './policyOptions.ts';

/** The payload every handoff tool takes. Validated before the target agent runs. */
export type HandoffPayload = { reason: string; intent?: string | null };

/**
 * How much of the conversation the target agent sees after a handoff.
 * - `full`: everything (default)
 * - `removeAllTools`: drop tool calls and tool outputs (the SDK's `removeAllTools`)
 * - `{ lastN }`: only the most recent N items (tool calls are never split from their outputs)
 * - `{ summary }`: earlier turns collapsed into one summary message, the last `keepLast` items kept
 */
export type InputFilterSpec =
  | 'full'
  | 'removeAllTools'
  | { lastN: number }
  | { summary: { keepLast?: number } };

/** Result of a per-edge handoff guardrail: `ok: false` blocks the handoff before the target runs. */
export type HandoffGuardResult = { ok: true } | { ok: false; reason: string };

/** Everything a gate or an edge guardrail may inspect. `state` is the conversation's structured context. */
export type HandoffCheckInput<S> = {
  from: string;
  to: string;
  payload: HandoffPayload;
  state: S;
  handoffCount: number;
  conversationId: string;
};

/** A handoff edge: the target agent's name plus per-edge options. A bare string means defaults. */
export type EdgeSpec<S = any> =
  | string
  | {
      to: string;
      inputFilter?: InputFilterSpec;
      /** Gate: when it returns false the edge is hidden from the model and any call to it is refused. */
      canHandoff?: (input: Omit<HandoffCheckInput<S>, 'payload'>) => boolean;
      /** Runs on the validated payload and context before the target agent runs. */
      guardrail?: (input: HandoffCheckInput<S>) => HandoffGuardResult | Promise<HandoffGuardResult>;
      /** Overrides the tool description the model sees (defaults to the target's handoffDescription). */
      description?: string;
      /**
       * Capability injection: tools the target agent gets only when control arrived over this edge
       * (until the conversation moves on). The target's own `tools` are always available.
       */
      injectTools?: SwitchboardTool<any, S>[];
    };

/** Another agent of the graph used as a tool (manager pattern): it answers, control stays here. */
export type AgentToolSpec = string | { agent: string; toolName?: string; description?: string };

/** Service level of an agent: after `maxTurns` user turns with it, the next turn goes to `escalateTo`. */
export type AgentSla = { maxTurns: number; escalateTo: string };

/** Deterministic response templates used by the offline model. `{placeholders}` are filled from tool results and context. */
export type ResponseTemplates = {
  /** First reply of an agent that has nothing else to do (greeting / how can I help). */
  greeting?: string;
  /** Reply when the agent needs something it cannot infer; `{field}` is the missing argument. */
  askFor?: Record<string, string>;
  /** Per-tool reply templates, keyed by tool name, filled from the tool's JSON result. */
  tools?: Record<string, string>;
  /** Reply when nothing matched. */
  fallback?: string;
  /**
   * Questions this agent answers from fixed facts (opening hours, address, parking), also in the
   * middle of a form, which then resumes: `about` lists words or phrases of the question. `midForm`:
   * only while one of the agent's questions is open (a form's value or a read-back); outside a form the
   * question goes where routing sends it (a seller's "what's it worth?" to the valuation desk).
   * `said`: also when the message asks for it without a question ("I'm looking to rent a flat"): for a
   * service the business does not offer, whose words the router would take for one it does.
   */
  answers?: { about: string[]; say: string; midForm?: boolean; said?: boolean }[];
  /**
   * One-line summaries read back before a tool that changes data runs, keyed by tool name;
   * `{argument}` placeholders come from the call's arguments (docs/dialogue.md). A list gives
   * alternatives, most specific first: the first whose placeholders the call fills is said (a payment
   * of "{amount}" when one was named, else of the whole balance).
   */
  confirm?: Record<string, string | readonly string[]>;
  /** An example answer per argument, used when a question has to be asked a second time. */
  examples?: Record<string, string>;
  /**
   * Values too vague to act on, by argument: when the value's subject (what the read-back would say)
   * matches `when` and the whole value (lower case, no apostrophes) does not match `unless` (both
   * case-insensitive regular expressions), `ask` is asked before the read-back, and the answer replaces
   * the value ("a haircut" could be any of three cuts, "a haircut for my son" is one: docs/dialogue.md).
   * With `names`, a value that does not match it (same folding) names nothing the tool knows
   * ("something", "an appointment"): the argument's own question is asked instead of a read-back.
   */
  clarify?: Record<string, { when: string; unless?: string; ask: string; names?: string }>;
};

/**
 * How an agent sounds on a cascaded call (text-to-speech per turn). The realtime pipeline keeps one
 * voice per call (the Realtime API freezes it at the first audio); `SWITCHBOARD_VOICES` names that one.
 */
export type AgentVoice = {
  /** Voice of the speech endpoint (`/v1/audio/speech` `voice`, e.g. `alloy`, `nova`). */
  name?: string;
  /** Language (`en`, `fr`, `de`…): the transcription hint and the offline voice's language. */
  language?: string;
  /** The offline voice (espeak-ng): variant (`f2`, `m3`…), pitch 0..99, speed in words per minute. */
  espeak?: { variant?: string; pitch?: number; speed?: number };
};

export type VoicePipeline = 'realtime' | 'cascaded';

/**
 * Where a call is put through when control reaches a node: an E.164 number (`+14155550100`) or a SIP
 * URI (`sip:desk@pbx.example.com`). `cold` redirects the live call with `<Dial>`; `warm` holds the caller
 * in a conference while the person is dialled and briefed, then joins them.
 */
export type PhoneTargetSpec = {
  target: string;
  /** The number the person sees (E.164); defaults to the number the caller dialled. */
  callerId?: string;
  /** Seconds the target may ring before the transfer counts as unanswered (5–120, default 20). */
  timeoutSec?: number;
  mode?: 'cold' | 'warm';
};

/** A validated phone target, every option explicit. */
export type PhoneTarget = {
  target: string;
  kind: 'number' | 'sip';
  callerId: string | null;
  timeoutSec: number;
  mode: 'cold' | 'warm';
  /** `graph` when the graph declares it, `env` when it comes from SWITCHBOARD_TRANSFER_NUMBER. */
  source: 'graph' | 'env';
};

/** An agent as the graph author writes it. Handoffs and tools are scoped to this agent only. */
export type AgentSpec<S = any> = {
  name: string;
  /** What this agent handles, shown to agents that can hand off to it. Required for handoff targets. */
  handoffDescription?: string;
  instructions: string | ((state: S) => string);
  tools?: SwitchboardTool<any, S>[];
  handoffs?: EdgeSpec<S>[];
  /** Agents this one calls as tools (`agent.asTool()`), keeping control of the conversation. */
  agentTools?: AgentToolSpec[];
  sla?: AgentSla;
  /** `offline`, `openai:gpt-4.1-mini`, `compat:llama3.1` or a Model instance; defaults to the graph/run model. */
  model?: string | Model;
  /** Sample user sentences this agent handles; the local router trains on them. */
  examples?: string[];
  responses?: ResponseTemplates;
  inputGuardrails?: InputGuardrail[];
  outputGuardrails?: OutputGuardrail[];
  /** Its voice on a cascaded call; without one it gets a distinct default derived from its name. */
  voice?: AgentVoice;
};

export type RoutingMode = 'llm' | 'local' | 'hybrid';
export type RoutingOptions = { mode: RoutingMode; threshold: number };

export type GraphSpec<S extends z.ZodType = z.ZodType> = {
  name: string;
  /** The agent that greets every new conversation (the triage agent). */
  entry: string;
  agents: AgentSpec<z.infer<S>>[];
  /** Injected into every agent's instructions: one voice across handoffs. */
  styleGuide?: string;
  policy?: Partial<HandoffPolicyOptions>;
  /** zod schema of the structured conversation context (callerName, accountId, bookingRef…). */
  context?: S;
  routing?: Partial<RoutingOptions>;
  /** Reply given when a guardrail trips. */
  safeReply?: string;
  /** Database setup for the graph's tools: SQL statements run once per database, idempotently. */
  setupSql?: string[];
  description?: string;
  /** Calls on this graph run `realtime` (speech-to-speech) or `cascaded` (STT → chat turn → TTS); a call may override it. */
  voicePipeline?: VoicePipeline;
  /**
   * Phone targets by node name (`Human` first): on a phone call, a handoff to that node, once the
   * policy accepts it, puts the caller through to the number or SIP URI (see docs/telephony.md).
   */
  phone?: Record<string, PhoneTargetSpec>;
  /**
   * What an outbound call leaves on an answering machine; `{field}` is filled from the conversation's
   * context, `{graph}` with the graph's name (see docs/telephony.md).
   */
  voicemail?: string;
  /**
   * The names customers call the business by ("Relay Cloud", "Gloss & Blade"). Said of the customer's
   * own thing they name no topic: a message the local router is unsure of is read again without them
   * ("I can't log into my Relay Cloud account" as "…my account"; its words, unknown to the desks, had
   * left the router unsure and the caller at the front desk).
   */
  businessNames?: string[];
};

/** Name of the built-in human node. Handing off to it parks the conversation in `awaiting_human`. */
export const HUMAN_AGENT = 'Human';

/** An edge after normalization: every option explicit. */
export type NormalizedEdge<S = any> = {
  from: string;
  to: string;
  /** The handoff tool name the model calls, e.g. `transfer_to_Billing`. */
  toolName: string;
  description: string;
  inputFilter: InputFilterSpec;
  canHandoff?: (input: Omit<HandoffCheckInput<S>, 'payload'>) => boolean;
  guardrail?: (input: HandoffCheckInput<S>) => HandoffGuardResult | Promise<HandoffGuardResult>;
  injectTools?: SwitchboardTool<any, S>[];
  /** Added by Switchboard (the escalation edge every agent has), not written by the author. */
  system: boolean;
};

export type NormalizedAgentTool = { agent: string; toolName: string; description: string };

export type NormalizedAgent<S = any> = Omit<AgentSpec<S>, 'handoffs' | 'agentTools'> & {
  handoffs: NormalizedEdge<S>[];
  agentTools?: NormalizedAgentTool[];
  examples: string[];
  tools: SwitchboardTool<any, S>[];
  /** True for the built-in Human node. */
  human: boolean;
  /** Where a phone call is put through once control reaches this node (null: it stays with the assistant). */
  phone?: PhoneTarget | null;
};

/** A validated graph: names unique, every edge resolved, Human added when referenced. */
export type NormalizedGraph<S = any> = {
  name: string;
  entry: string;
  description?: string;
  agents: NormalizedAgent<S>[];
  byName: Map<string, NormalizedAgent<S>>;
  styleGuide: string;
  policy: HandoffPolicyOptions;
  routing: RoutingOptions;
  contextSchema: z.ZodType<S>;
  safeReply: string;
  setupSql: string[];
  warnings: string[];
  voicePipeline?: VoicePipeline;
  /** Voicemail template of outbound calls (GraphSpec.voicemail). */
  voicemail?: string;
  /** GraphSpec.businessNames; none when not given. */
  businessNames: string[];
};
