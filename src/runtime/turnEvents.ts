import type { InputFilterSpec } from '../graph/types.ts';
import type { HandoffKind } from '../store/types.ts';
import type { OrphanedToolCall } from './turnLedger.ts';

/** What a chat turn emits (turnState.ts, governedModel.ts, runTurn.ts). */
type ChatEventMap = {
  'turn.started': { agent: string; text: string };
  'text.delta': { agent: string; delta: string };
  handoff: { from: string; to: string; reason: string; intent: string | null; kind: HandoffKind };
  'handoff.warning': { count: number; max: number };
  'handoff.rejected': { from: string; tool: string; code: string; message: string };
  'policy.tripped': { code: string; message: string; agent: string; escalatedTo: string | null };
  /** A safety notice said with the hand-over, and again with every reply while a person is awaited. */
  'escalation.notice': { notice: string };
  'guardrail.tripped': {
    agent: string;
    guardrail: string;
    kind: 'input' | 'output' | 'handoff';
    reason: string;
  };
  'tool.call': { agent: string; tool: string; callId: string; arguments: unknown };
  'tool.result': {
    agent: string;
    tool: string;
    callId: string;
    result: unknown;
    replayed: boolean;
    /** A replay of an effect run by an earlier attempt under another call id: that id. */
    ranAs?: string;
  };
  /** A side effect an earlier, uncommitted attempt at this turn ran and this attempt did not repeat. */
  'tool.orphaned': OrphanedToolCall;
  'routing.decision': {
    agent: string;
    path: 'local' | 'llm';
    target: string | null;
    confidence: number | null;
  };
  'context.invalid': { agent: string; issues: string };
  /** A call waits for a person (docs/approvals.md); the conversation is `awaiting_approval`. */
  'approval.requested': { approvalId: string; agent: string; tool: string; callId: string; reason: string };
  /** A person decided; the resumed turn carries it (who and when are on the approval too). */
  'approval.decided': {
    approvalId: string;
    agent: string;
    tool: string;
    callId: string;
    decision: 'approved' | 'denied';
    decidedBy: string;
    note: string | null;
  };
  /** Emitted just before the commit: latency so far, usage, and usage per model (from the trace's model calls). */
  'turn.metrics': {
    agent: string;
    durationMs: number;
    usage: { requests: number; inputTokens: number; outputTokens: number };
    models: Record<string, { requests: number; inputTokens: number; outputTokens: number }>;
  };
  'turn.completed': { agent: string; reply: string; status: string };
};

/** What a call adds to its conversation (src/voice): stored with the call's turns and published live. */
type VoiceEventMap = {
  /** Realtime calls name the channel, agent and format; cascaded ones their pipeline stages; phone calls their sids. */
  'voice.started': {
    channel?: 'phone' | 'browser';
    agent?: string;
    format?: string;
    pipeline?: 'cascaded';
    stt?: string;
    tts?: string;
    vad?: string;
    callSid?: string;
    streamSid?: string;
    from?: string;
    [detail: string]: unknown;
  };
  'voice.ended': { reason: string; durationMs?: number; turns?: number };
  /** A Realtime error (`code`), or a cascaded stage that failed (`stage`). */
  'voice.error': { code?: string; stage?: 'turn' | 'tts' | 'stt' | 'greeting' | 'truncate'; message: string };
  /** A cascaded turn's stage latencies, milliseconds from the end of the caller's speech. */
  'voice.turn_latency': {
    turn: number;
    agent: string;
    said: string;
    reply: string;
    handoffs: string[];
    sttMs: number;
    /** The chat turn (`Switchboard.send`: handoffs, tools, policy, store). */
    turnMs: number;
    /** VAD end → the first handoff decided in the turn; null without a handoff. */
    handoffMs: number | null;
    /** The first sentence's synthesis. */
    ttsFirstMs: number | null;
    /** VAD end → first agent audio sent to the caller. */
    firstAudioMs: number | null;
    bargeIn: boolean;
  };
  /** The caller spoke over a cascaded reply: how much of it they heard. */
  'voice.truncated': { turn: number; agent: string; heardMs: number };
  /** The caller spoke over a Realtime reply: how much of the item they heard. */
  'voice.interrupted': { agent: string; itemId: string; heardMs: number; audioMs: number };
  /** The Realtime API kept the call's first voice when another agent asked for its own. */
  'voice.kept': { agent: string; requested: string; kept: string };
  /** Said while a slow tool runs. */
  'voice.filler': { agent: string; tool: string; text: string };
  'voice.dtmf': { digits: string };
  /** A transfer's input filter applied to the live conversation. */
  'voice.input_filter': {
    from: string;
    to: string;
    filter: InputFilterSpec;
    removed: number;
    summarized: boolean;
  };
};

/** How a phone transfer ended. `answered`: a person picked up and the caller was put through. */
export type TransferOutcome = 'answered' | 'no-answer' | 'busy' | 'voicemail' | 'failed';

/** Phone transfers and outbound calls (src/telephony), recorded outside a model turn. */
type TelephonyEventMap = {
  'telephony.transfer.started': {
    transferId: string;
    from: string;
    to: string;
    target: string;
    mode: 'cold' | 'warm';
    callSid: string;
    /** The caller's number (their callback) and the start (epoch ms): what any node resumes the transfer from. */
    callerNumber?: string | null;
    startedAt?: number;
  };
  'telephony.transfer.answered': { transferId: string; target: string; timeToAnswerMs: number };
  'telephony.transfer.completed': {
    transferId: string;
    target: string;
    outcome: TransferOutcome;
    /** From the start of the transfer to the outcome. */
    durationMs: number;
    timeToAnswerMs: number | null;
    /** The agent the caller is back with after a failed transfer; null when a person took the call. */
    returnedTo: string | null;
  };
  /** The caller asked to be called back (recorded for the operator inbox). */
  'telephony.callback.requested': {
    transferId: string | null;
    /** Set when the callback is owed for an approval decided after the caller hung up (src/voice/callApproval.ts). */
    approvalId?: string;
    number: string | null;
    reason: string;
  };
  'telephony.outbound.started': { callId: string; callSid: string; to: string };
  /** `answeredBy` is Twilio's AMD verdict; `message` the voicemail left, when one was. */
  'telephony.outbound.completed': {
    callId: string;
    outcome: 'answered' | 'voicemail' | 'no-answer' | 'busy' | 'failed';
    answeredBy?: string;
    message?: string;
  };
};

/** What a person does in a conversation parked with the Human node (Switchboard.reply). */
type OperatorEventMap = {
  /** The reply's length only: what an operator wrote is in the transcript, not in the event. */
  'operator.message': { operator: string; length: number };
};

/**
 * Every event a conversation carries, by name: what its turns emit, what its calls, phone transfers
 * and operators add. Listeners, the live hub and the store see exactly these shapes.
 */
export type TurnEventMap = ChatEventMap & VoiceEventMap & TelephonyEventMap & OperatorEventMap;

export type TurnEventName = keyof TurnEventMap;
export type TurnEvent = {
  [K in TurnEventName]: { type: K; turn: number; data: TurnEventMap[K] };
}[TurnEventName];
export type TurnListener = (event: TurnEvent) => void;

export type VoiceEventName = keyof VoiceEventMap;
export type TelephonyEventName = keyof TelephonyEventMap;
