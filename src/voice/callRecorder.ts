import { HUMAN_AGENT, type NormalizedGraph } from '../graph/types.ts';
import type { PolicyView } from '../policy/handoffPolicy.ts';
import type { TurnEvent, TurnEventMap, VoiceEventName } from '../runtime/turnEvents.ts';
import { type TurnListener, TurnState } from '../runtime/turnState.ts';
import {
  ConcurrentTurnError,
  type ConversationRecord,
  type ConversationStatus,
  type ConversationStore,
  turnCommitOf,
} from '../store/types.ts';
import { cutAt, type Entry, functionCallEntry, toStored } from './callEntries.ts';

/** What a call records if it ends while a decision is pending: the callback the caller is owed. */
type OwedOnEnd = { type: 'telephony.callback.requested'; data: TurnEventMap['telephony.callback.requested'] };

import type { TurnObserver } from './callTracer.ts';

export { cutAt, UNTRANSCRIBED } from './callEntries.ts';

/** How long a finished answer waits for the caller's transcript before it is written without it. */
const TRANSCRIPT_WAIT_MS = 3000;

const NO_OBSERVER: TurnObserver = {
  opened() {},
  utterance() {},
  finish: (agent) => ({
    metrics: { agent, durationMs: 0, usage: { requests: 0, inputTokens: 0, outputTokens: 0 }, models: {} },
    end: async () => {},
  }),
};

/**
 * Persists a call into the conversation tables chat uses, turn by turn while it happens: each caller
 * utterance opens a turn; when the agent has finished answering it, one `commitTurn` writes the items
 * (user transcript, assistant transcripts, tool calls and outputs, transfer calls), the handoffs and
 * events in the shapes chat writes, the context and the active agent. Commits are serialized so versions
 * never race; a failed commit is reported and retried once on a fresh version, and never ends the call.
 * A turn is over once answered, when the caller speaks in a new one, or when the call ends: then, once,
 * its `turn.metrics` is committed with it and its trace stored (the `observer`, the call's tracer).
 */
export class CallRecorder {
  /**
   * One TurnState for the whole call, advanced turn by turn (its `turn` is bumped in place): tools and
   * handoffs that finish after the caller spoke again still land in a turn that gets committed.
   */
  readonly turn: TurnState<Record<string, unknown>>;
  private record: ConversationRecord;
  private entries: Entry[] = [];
  private writes: Promise<void> = Promise.resolve();
  /** Whether the current turn already holds items (a greeting, an answer): the next utterance opens a new one. */
  private turnHasItems = false;
  private settleDeferred = false;
  private settleTimer: ReturnType<typeof setTimeout> | null = null;
  /** The caller's latest utterance, kept past its commit: transfers of the turn are checked against it. */
  private utterance: { id: string | null; text: string | null } = { id: null, text: '' };
  private transcriptWaiters: (() => void)[] = [];
  /** The current turn's metrics were committed and its trace handed over: later work in it is not traced. */
  private turnClosed = false;
  /** A function call of the call waits for a person's decision (callApproval.ts). */
  private awaitingApproval = false;
  /** Recorded if the call ends while still awaiting that decision: the caller is owed a callback. */
  private owedOnEnd: OwedOnEnd | null = null;
  activeAgent: string;

  constructor(
    private readonly graph: NormalizedGraph,
    private readonly store: ConversationStore,
    record: ConversationRecord,
    readonly state: Record<string, unknown>,
    readonly view: PolicyView<Record<string, unknown>>,
    private readonly listener: TurnListener,
    private readonly onError: (error: unknown) => void,
    private readonly observer: TurnObserver = NO_OBSERVER,
  ) {
    this.record = record;
    // A conversation whose agent left the graph (a graph edit) continues with the entry agent.
    this.activeAgent = graph.byName.has(record.activeAgent) ? record.activeAgent : graph.entry;
    this.turn = new TurnState(graph, record.id, record.turnCount + 1, state, view, store, listener);
    observer.opened(this.turn.turn, this.activeAgent);
  }

  get conversationId(): string {
    return this.record.id;
  }

  get turnNumber(): number {
    return this.turn.turn;
  }

  get tenant(): string | null {
    return this.record.tenant;
  }

  /**
   * A function call waits for approval: it is stored without a result and the conversation is
   * `awaiting_approval` (as chat leaves it), written now. Resolves once written.
   */
  awaitApproval(
    agent: string,
    call: { callId: string; name: string; arguments: string },
    owedOnEnd: OwedOnEnd,
  ): Promise<void> {
    this.entries.push(functionCallEntry(agent, call));
    this.awaitingApproval = true;
    this.owedOnEnd = owedOnEnd;
    this.commit();
    return this.writes;
  }

  /**
   * A decision's resume turn (another writer, maybe another node) committed after the call's turns:
   * what is pending is written first, then the call goes on after that turn, with its agent.
   */
  async resumedElsewhere(): Promise<void> {
    this.awaitingApproval = false;
    this.owedOnEnd = null;
    if (this.holdsItems()) this.closeTurn();
    else this.commit();
    await this.flush();
    const fresh = await this.store.getConversation(this.record.id);
    if (!fresh) return;
    this.record = fresh;
    if (this.graph.byName.has(fresh.activeAgent)) this.activeAgent = fresh.activeAgent;
    const next = fresh.turnCount + 1;
    (this.turn as { turn: number }).turn = next;
    this.view.turn = next;
    this.turnHasItems = false;
    this.turnClosed = false;
    this.observer.opened(next, this.activeAgent);
  }

  /**
   * The number the next caller utterance will get (the current one while it holds nothing yet). Items
   * not yet written count: an answer held until the caller has heard it is still this turn's.
   */
  get nextTurn(): number {
    return this.holdsItems() ? this.turn.turn + 1 : this.turn.turn;
  }

  /** The caller spoke (or typed digits): whatever is pending is committed, then a new turn starts. */
  startTurn(userItemId: string | null, text: string | null = null): void {
    if (this.holdsItems()) {
      this.closeTurn();
      const next = this.turn.turn + 1;
      (this.turn as { turn: number }).turn = next;
      this.view.turn = next;
      this.turnHasItems = false;
      this.turnClosed = false;
      this.observer.opened(next, this.activeAgent);
    } else this.commit();
    this.observer.utterance();
    this.entries.push({ kind: 'user', id: userItemId, text });
    this.utterance = { id: userItemId, text };
    if (text !== null) this.turn.emit('turn.started', { agent: this.activeAgent, text });
  }

  /**
   * What the caller said this turn (the prompt-injection guard reads it). Transcription runs beside the
   * model, so a transfer can be called before its transcript arrives: this waits for it, at most
   * `TRANSCRIPT_WAIT_MS`, then answers '' (the transfer's payload is still checked).
   */
  async callerText(): Promise<string> {
    const utterance = this.utterance;
    if (utterance.text === null)
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, TRANSCRIPT_WAIT_MS);
        timer.unref?.();
        this.transcriptWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    return utterance.text ?? '';
  }

  /** The transcript of an utterance arrived (it may come after the agent started answering). */
  userTranscript(itemId: string, text: string): void {
    if (this.utterance.id === itemId) {
      this.utterance.text = text;
      for (const wake of this.transcriptWaiters.splice(0)) wake();
    }
    const entry = this.entries.find((e) => e.kind === 'user' && e.id === itemId) as
      | Extract<Entry, { kind: 'user' }>
      | undefined;
    if (!entry) return;
    entry.text = text;
    this.turn.emit('turn.started', { agent: this.activeAgent, text });
    if (this.settleDeferred) this.settle();
  }

  assistantStarted(itemId: string, agent: string): void {
    if (!this.findAssistant(itemId)) this.entries.push({ kind: 'assistant', id: itemId, agent, text: '' });
  }

  assistantDelta(itemId: string, delta: string): void {
    const entry = this.findAssistant(itemId);
    if (entry) this.transcribed(entry, (entry.spoken ?? entry.text) + delta);
  }

  assistantDone(itemId: string, transcript: string | null): void {
    const entry = this.findAssistant(itemId);
    if (entry && transcript) this.transcribed(entry, transcript);
  }

  /** A barge-in: keep only the part of the words the caller heard (proportional to the audio played). */
  truncated(itemId: string, heardMs: number, audioMs: number): void {
    const entry = this.findAssistant(itemId);
    if (!entry || audioMs <= 0) return;
    entry.heardShare = heardMs / audioMs;
    this.transcribed(entry, entry.spoken ?? entry.text);
  }

  /**
   * The transcript lags the audio: words of a cut answer can arrive after the barge-in, and a cancelled
   * answer's full transcript after that. The cut applies to whatever has arrived.
   */
  private transcribed(entry: Extract<Entry, { kind: 'assistant' }>, spoken: string): void {
    entry.spoken = spoken;
    entry.text = entry.heardShare === undefined ? spoken : cutAt(spoken, entry.heardShare);
  }

  /** A function call and its output, stored as chat stores them (transfers included). */
  toolExchange(
    agent: string,
    call: { callId: string; name: string; arguments: string },
    output: string,
  ): void {
    this.entries.push(functionCallEntry(agent, call));
    this.entries.push({
      kind: 'item',
      agent,
      item: {
        type: 'function_call_result',
        callId: call.callId,
        name: call.name,
        status: 'completed',
        output: { type: 'text', text: output },
      },
    });
  }

  /** A call's own event (barge-in, filler, voice kept, keypad, a callback owed…): stored with the turn and pushed live. */
  event<K extends VoiceEventName | 'telephony.callback.requested'>(type: K, data: TurnEventMap[K]): void {
    const event = { type, turn: this.turn.turn, data } as TurnEvent;
    this.turn.events.push(event);
    this.listener(event);
  }

  /**
   * The agent's answer is complete: write the turn now so the dashboard shows it while the call goes on.
   * If the caller's transcript has not arrived yet, the write waits for it (at most `TRANSCRIPT_WAIT_MS`).
   */
  settle(): void {
    if (this.settleTimer) clearTimeout(this.settleTimer);
    this.settleTimer = null;
    const waiting = this.entries.some((e) => e.kind === 'user' && e.id !== null && e.text === null);
    if (waiting && !this.settleDeferred) {
      this.settleDeferred = true;
      this.settleTimer = setTimeout(() => this.settle(), TRANSCRIPT_WAIT_MS);
      this.settleTimer.unref?.();
      return;
    }
    this.settleDeferred = false;
    const reply = this.entries
      .filter((e): e is Extract<Entry, { kind: 'assistant' }> => e.kind === 'assistant')
      .map((e) => e.text)
      .join(' ');
    const status = this.status();
    // An answered turn is over (its metrics and trace go now); a turn holding nothing yet goes on.
    if (this.holdsItems()) this.closeTurn();
    else this.commit();
    // Announced once written, as chat does: a watcher re-reads the conversation on this event and
    // must find the turn there (on PostgreSQL the write can take longer than the event's trip).
    const agent = this.activeAgent;
    const announce = () => this.turn.emit('turn.completed', { agent, reply, status });
    this.writes.then(announce, announce);
  }

  /** Commits what is pending, waits for every write, then sets the final status. */
  async end(): Promise<ConversationStatus> {
    if (this.settleTimer) clearTimeout(this.settleTimer);
    this.recordOwed();
    this.closeTurn();
    await this.flush();
    // A call that ended with a person owed a reply stays in the operator's inbox.
    // So does one whose call waits for approval: the decision is recorded for the promised callback.
    const status = this.status();
    const final: ConversationStatus =
      status === 'awaiting_human' || status === 'awaiting_approval' ? status : 'ended';
    await this.store.setStatus(this.record.id, final);
    return final;
  }

  flush(): Promise<void> {
    return this.writes;
  }

  /** Records what the caller is owed while a decision is pending (a callback), once. */
  recordOwed(): void {
    if (!this.awaitingApproval || !this.owedOnEnd) return;
    this.event(this.owedOnEnd.type, this.owedOnEnd.data);
    this.owedOnEnd = null;
  }

  /** Whether the current turn holds (or is about to commit) items: the caller's next words open a new one. */
  private holdsItems(): boolean {
    return this.turnHasItems || this.entries.some((e) => toStored(e).length > 0);
  }

  /**
   * Ends the current turn once: its `turn.metrics` (latency from the caller's words, the Realtime usage)
   * is committed with it and, once that commit is written, its trace is stored, as chat stores a
   * turn's trace after its commit. Called again (a late tool, the call's end) it only commits.
   */
  private closeTurn(): void {
    if (this.turnClosed) {
      this.commit();
      return;
    }
    this.turnClosed = true;
    const { metrics, end } = this.observer.finish(this.activeAgent);
    this.turn.emit('turn.metrics', metrics);
    this.commit();
    this.writes = this.writes.then(end);
  }

  private status(): ConversationStatus {
    if (this.awaitingApproval) return 'awaiting_approval';
    return this.activeAgent === HUMAN_AGENT ? 'awaiting_human' : 'active';
  }

  private findAssistant(itemId: string) {
    return this.entries.find((e) => e.kind === 'assistant' && e.id === itemId) as
      | Extract<Entry, { kind: 'assistant' }>
      | undefined;
  }

  /** Snapshots the pending turn synchronously and queues its write behind the previous ones. */
  private commit(): void {
    const t = this.turn;
    if (
      this.entries.length === 0 &&
      t.handoffs.length === 0 &&
      t.events.length === 0 &&
      t.toolCallsAdded === 0
    )
      return;
    const items = this.entries.flatMap((e) => toStored(e));
    this.entries = [];
    if (items.length > 0) this.turnHasItems = true;
    const handoffs = t.handoffs.splice(0);
    const events = t.events.splice(0);
    const toolCallsAdded = t.toolCallsAdded;
    t.toolCallsAdded = 0;
    const checked = this.graph.contextSchema.safeParse(this.state);
    if (!checked.success)
      t.emit('context.invalid', { agent: this.activeAgent, issues: checked.error.message });
    const snapshot = {
      turn: t.turn,
      items,
      handoffs,
      events,
      toolCallsAdded,
      activeAgent: this.activeAgent,
      status: this.status(),
      context: checked.success ? (checked.data as Record<string, unknown>) : null,
    };
    this.writes = this.writes.then(async () => {
      for (let attempt = 0; ; attempt++) {
        try {
          this.record = await this.store.commitTurn(
            turnCommitOf(this.record, snapshot.turn, {
              ...snapshot,
              // Invalid context is never stored: the last valid one stays.
              context: snapshot.context ?? this.record.context,
            }),
          );
          return;
        } catch (error) {
          // The call owns the conversation while it lasts; another writer (an operator) just moved the version.
          const fresh =
            error instanceof ConcurrentTurnError ? await this.store.getConversation(this.record.id) : null;
          if (attempt > 0 || !fresh) {
            this.onError(error);
            return;
          }
          this.record = fresh;
          // A decision's resume turn committed meanwhile: its status and agent stand, not a stale wait.
          if (snapshot.status === 'awaiting_approval' && fresh.status !== 'awaiting_approval') {
            snapshot.status = fresh.status;
            snapshot.activeAgent = fresh.activeAgent;
          }
        }
      }
    });
  }
}
