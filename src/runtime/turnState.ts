import type { RunContext } from '@openai/agents-core';
import { crashPoint } from '../crash/crashPoints.ts';
import type { NormalizedGraph } from '../graph/types.ts';
import type { TurnScope } from '../models/turnScope.ts';
import type { PolicyView } from '../policy/handoffPolicy.ts';
import { continuesReroute } from '../policy/rerouteCount.ts';
import type { ConversationStore, HandoffKind, NewHandoff } from '../store/types.ts';
import { recordEventSpan } from '../tracing/turnTrace.ts';
import type { TurnEvent, TurnEventMap, TurnEventName, TurnListener } from './turnEvents.ts';
import { TurnLedger } from './turnLedger.ts';

// The event vocabulary has its own file; turn code knows it from here too.
export type { TurnEvent, TurnEventMap, TurnEventName, TurnListener };

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
 * reach it; models get it through the run's model settings (src/models/turnScope.ts).
 */
export class TurnState<S = Record<string, unknown>> implements TurnScope<S> {
  readonly handoffs: NewHandoff[] = [];
  /** The events this turn stores with the conversation (live-only ones are not kept). */
  readonly events: TurnEvent[] = [];
  toolCallsAdded = 0;
  /** Side effects this attempt ran or replayed (see turnLedger.ts). */
  readonly ledger = new TurnLedger();
  /** Set by a tool result (`escalate: true`) or a tripped limit; the next model call escalates. */
  pendingEscalation: { code: string; reason: string } | null = null;
  /** Said before the hand-over message when the turn ends with a person (src/models/turnScope.ts). */
  escalationNotice: string | null = null;
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
    const event = { type, turn: this.turn, data } as TurnEvent;
    if (PERSISTED.has(type)) this.events.push(event);
    recordEventSpan(type, data); // routing decisions and trips also become custom spans of the turn's trace
    this.listener?.(event);
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
