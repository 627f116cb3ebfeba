import type { RunContext } from '@openai/agents-core';
import { crashPoint } from '../crash/crashPoints.ts';
import type { NormalizedGraph } from '../graph/types.ts';
import type { TurnScope } from '../models/turnScope.ts';
import type { EscalationRequest } from '../policy/escalation.ts';
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
  'escalation.notice',
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
 * escalation the code has decided on. It is the SDK run's context object (`RunContext.context`, not the
 * conversation's context, which is `state`), so shared tools, guardrails and callbacks reach it; models
 * get it through the run's model settings (src/models/turnScope.ts).
 */
export class TurnState<S = Record<string, unknown>> implements TurnScope<S> {
  readonly handoffs: NewHandoff[] = [];
  /** The events this turn stores with the conversation (live-only ones are not kept). */
  readonly events: TurnEvent[] = [];
  toolCallsAdded = 0;
  /** Side effects this attempt ran or replayed (see turnLedger.ts). */
  readonly ledger = new TurnLedger();
  /** Said before the hand-over message when the turn ends with a person (src/models/turnScope.ts). */
  escalationNotice: string | null = null;
  /** Bumped after every tool run: tools are what write the context (`state`). */
  private contextVersion = 0;
  /**
   * The `contextVersion` at which the context last passed the graph's schema, or null when it has not:
   * a handoff re-validates only what a tool may have changed since.
   */
  private validatedContextVersion: number | null = null;
  /** Why each call waiting for approval needs it, by call id (the tool's approval rule said so). */
  readonly approvalReasons = new Map<string, string>();
  private callCounter = 0;
  /** The escalation asked for and not yet taken (see escalateNext). */
  private escalationAsked: EscalationRequest | null = null;

  constructor(
    readonly graph: NormalizedGraph<S>,
    readonly conversationId: string,
    readonly turn: number,
    /** The conversation's context (the graph's `contextSchema`), under the name tools see: `ctx.state`. */
    public state: S,
    readonly view: PolicyView<S>,
    readonly store: ConversationStore,
    private readonly listener?: TurnListener,
  ) {}

  get graphName(): string {
    return this.graph.name;
  }

  /**
   * Makes the agent's next step the escalation, with no model call: the decision of a tool's result, a
   * tripped limit or a screen (src/policy/escalation.ts). The SDK runs that next step, so the decision
   * waits here until the step takes it. `replace: false` leaves an earlier request standing.
   */
  escalateNext(request: EscalationRequest, options: { replace?: boolean } = {}): void {
    if (options.replace === false && this.escalationAsked) return;
    this.escalationAsked = request;
    if (request.notice !== undefined) this.escalationNotice = request.notice;
    if (request.standing && request.notice) this.emit('escalation.notice', { notice: request.notice });
  }

  /** The escalation asked for, once: the step that acts on it (a model call, a call's tool reply) takes it. */
  takeEscalation(): EscalationRequest | null {
    const request = this.escalationAsked;
    this.escalationAsked = null;
    return request;
  }

  /** A tool ran: it may have written the context, which must pass the schema again before a handoff. */
  contextMayHaveChanged(): void {
    this.contextVersion += 1;
  }

  /** The context as it is now passed the graph's schema. */
  contextPassedSchema(): void {
    this.validatedContextVersion = this.contextVersion;
  }

  /** Whether the context passed the schema since the last tool ran. */
  get contextChecked(): boolean {
    return this.validatedContextVersion === this.contextVersion;
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

  /** Whether the last move recorded this turn is the fallback `from` → `to` (recorded where it was decided). */
  lastHandoffIsFallback(from: string, to: string): boolean {
    const last = this.handoffs.at(-1);
    return last?.kind === 'fallback' && last.from === from && last.to === to;
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
