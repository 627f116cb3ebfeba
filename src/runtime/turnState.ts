import type { RunContext } from '@openai/agents';
import { crashPoint } from '../crash/crashPoints.ts';
import type { NormalizedGraph } from '../graph/types.ts';
import type { PolicyView } from '../policy/handoffPolicy.ts';
import { continuesReroute } from '../policy/rerouteCount.ts';
import type { ConversationStore, HandoffKind, NewEvent, NewHandoff } from '../store/types.ts';
import { recordEventSpan } from '../tracing/turnTrace.ts';
import { type OrphanedToolCall, TurnLedger } from './turnLedger.ts';
import type { TurnScope } from './turnScope.ts';

/** Every event a turn can emit, by name. Listeners and the store see exactly these shapes. */
export type TurnEventMap = {
  'turn.started': { agent: string; text: string };
  'text.delta': { agent: string; delta: string };
  handoff: { from: string; to: string; reason: string; intent: string | null; kind: HandoffKind };
  'handoff.warning': { count: number; max: number };
  'handoff.rejected': { from: string; tool: string; code: string; message: string };
  'policy.tripped': { code: string; message: string; agent: string; escalatedTo: string | null };
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

export type TurnEventName = keyof TurnEventMap;
export type TurnEvent = {
  [K in TurnEventName]: { type: K; turn: number; data: TurnEventMap[K] };
}[TurnEventName];
export type TurnListener = (event: TurnEvent) => void;

/** Events that are stored with the conversation (deltas are live-only). */
const PERSISTED: ReadonlySet<TurnEventName> = new Set([
  'handoff.warning',
  'handoff.rejected',
  'policy.tripped',
  'guardrail.tripped',
  'tool.call',
  'tool.result',
  'tool.orphaned',
  'routing.decision',
  'context.invalid',
  'approval.requested',
  'approval.decided',
  'turn.metrics',
]);

/**
 * The mutable record of one user turn: policy view, handoffs and events produced so far, and the
 * escalation the code has decided on. It is the run's context, so shared tools, guardrails and callbacks
 * reach it; models get it through the run's model settings (turnScope.ts).
 */
export class TurnState<S = Record<string, unknown>> implements TurnScope<S> {
  readonly handoffs: NewHandoff[] = [];
  readonly events: NewEvent[] = [];
  toolCallsAdded = 0;
  /** Side effects this attempt ran or replayed (see turnLedger.ts). */
  readonly ledger = new TurnLedger();
  /** Set by a tool result (`escalate: true`) or a tripped limit; the next model call escalates. */
  pendingEscalation: { code: string; reason: string } | null = null;
  /** Said before the hand-over message when the turn ends with a person (turnScope.ts). */
  escalationNotice: string | null = null;
  /** How the last routing decision was made, left by a routing model for the governed model to record. */
  routingHint: { path: 'local' | 'llm'; confidence: number | null } | null = null;
  /** Handoff calls synthesized by the policy, so the commit records them as `fallback`. */
  readonly fallbackCalls = new Set<string>();
  /** Bumped after every tool run: tools are what write the context. */
  stateVersion = 0;
  /**
   * The `stateVersion` at which the context last passed the graph's schema, or null when it has not:
   * a handoff re-validates only what a tool may have changed since.
   */
  validatedStateVersion: number | null = null;
  /** Why each call waiting for approval needs it, by call id (the tool's approval rule said so). */
  readonly approvalReasons = new Map<string, string>();
  private callCounter = 0;

  constructor(
    readonly graph: NormalizedGraph<S>,
    readonly conversationId: string,
    readonly turn: number,
    public state: S,
    readonly view: PolicyView<S>,
    readonly store: ConversationStore,
    private readonly listener?: TurnListener,
  ) {}

  get graphName(): string {
    return this.graph.name;
  }

  nextCallId(): string {
    this.callCounter += 1;
    return `call_t${this.turn}_${this.callCounter}`;
  }

  emit<K extends TurnEventName>(type: K, data: TurnEventMap[K]): void {
    if (PERSISTED.has(type))
      this.events.push({ turn: this.turn, type, data: data as Record<string, unknown> });
    recordEventSpan(type, data); // routing decisions and trips also become custom spans of the turn's trace
    this.listener?.({ type, turn: this.turn, data } as TurnEvent);
  }

  recordHandoff(from: string, to: string, reason: string, intent: string | null, kind: HandoffKind): void {
    this.handoffs.push({ turn: this.turn, from, to, reason, intent, kind });
    let newReroute = false;
    if (kind !== 'rejected') {
      this.view.handoffCount += 1;
      const next = { from, to, turn: this.turn };
      newReroute = !continuesReroute(this.view.lastHandoff, next, this.graph.entry);
      if (newReroute && this.view.rerouteCount !== undefined) this.view.rerouteCount += 1;
      this.view.lastHandoff = next;
    }
    this.emit('handoff', { from, to, reason, intent, kind });
    crashPoint('handoff');
    const { warnAt, maxHandoffs } = this.graph.policy;
    const counted = this.view.rerouteCount ?? this.view.handoffCount;
    if (newReroute && counted === warnAt) {
      this.emit('handoff.warning', { count: counted, max: maxHandoffs });
    }
  }
}

/** The turn a run serves (its context); throws outside a turn because tools need it to be safe. */
export function requireTurnState(runContext: RunContext<unknown> | undefined): TurnState<any> {
  const turn = runContext?.context;
  if (!(turn instanceof TurnState)) {
    throw new Error('no Switchboard turn is running: run agents through a Conversation, not directly');
  }
  return turn;
}

export function maybeTurnState(runContext: RunContext<unknown> | undefined): TurnState<any> | undefined {
  const turn = runContext?.context;
  return turn instanceof TurnState ? turn : undefined;
}
