import type { AgentInputItem } from '@openai/agents';
import { HUMAN_AGENT, type NormalizedGraph } from '../graph/types.ts';
import type { PolicyView } from '../policy/handoffPolicy.ts';
import { assistantItem } from '../runtime/runTurn.ts';
import { type TurnListener, TurnState } from '../runtime/turnState.ts';
import {
  ConcurrentTurnError,
  type ConversationRecord,
  type ConversationStatus,
  type ConversationStore,
} from '../store/types.ts';

type Entry =
  | { kind: 'user'; id: string | null; text: string | null }
  | { kind: 'assistant'; id: string; agent: string; text: string }
  | { kind: 'item'; agent: string | null; item: AgentInputItem };

/** How long a finished answer waits for the caller's transcript before it is written without it. */
const TRANSCRIPT_WAIT_MS = 3000;

/** Stored in place of a caller utterance whose transcript never arrived. */
export const UNTRANSCRIBED = '[inaudible]';

/**
 * Persists a call into the conversation tables chat uses, turn by turn while it happens: each caller
 * utterance opens a turn; when the agent has finished answering it, one `commitTurn` writes the items
 * (user transcript, assistant transcripts, tool calls and outputs, transfer calls), the handoffs and
 * events in the shapes chat writes, the context and the active agent. Commits are serialized so versions
 * never race; a failed commit is reported and retried once on a fresh version, and never ends the call.
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
  activeAgent: string;

  constructor(
    private readonly graph: NormalizedGraph,
    private readonly store: ConversationStore,
    record: ConversationRecord,
    readonly state: Record<string, unknown>,
    readonly view: PolicyView<Record<string, unknown>>,
    private readonly listener: TurnListener,
    private readonly onError: (error: unknown) => void,
  ) {
    this.record = record;
    this.activeAgent = record.activeAgent;
    this.turn = new TurnState(graph, record.id, record.turnCount + 1, state, view, store, listener);
  }

  get conversationId(): string {
    return this.record.id;
  }

  get turnNumber(): number {
    return this.turn.turn;
  }

  /** The number the next caller utterance will get (the current one while it holds nothing yet). */
  get nextTurn(): number {
    return this.turnHasItems ? this.turn.turn + 1 : this.turn.turn;
  }

  /** The caller spoke (or typed digits): whatever is pending is committed, then a new turn starts. */
  startTurn(userItemId: string | null, text: string | null = null): void {
    this.commit();
    if (this.turnHasItems) {
      const next = this.turn.turn + 1;
      (this.turn as { turn: number }).turn = next;
      this.view.turn = next;
      this.turnHasItems = false;
    }
    this.entries.push({ kind: 'user', id: userItemId, text });
    if (text !== null) this.turn.emit('turn.started', { agent: this.activeAgent, text });
  }

  /** The transcript of an utterance arrived (it may come after the agent started answering). */
  userTranscript(itemId: string, text: string): void {
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
    if (entry) entry.text += delta;
  }

  assistantDone(itemId: string, transcript: string | null): void {
    const entry = this.findAssistant(itemId);
    if (entry && transcript) entry.text = transcript;
  }

  /** A barge-in: keep only the part of the words the caller heard (proportional to the audio played). */
  truncated(itemId: string, heardMs: number, audioMs: number): void {
    const entry = this.findAssistant(itemId);
    if (!entry || audioMs <= 0) return;
    entry.text = cutAt(entry.text, heardMs / audioMs);
  }

  /** A function call and its output, stored as chat stores them (transfers included). */
  toolExchange(
    agent: string,
    call: { callId: string; name: string; arguments: string },
    output: string,
  ): void {
    this.entries.push({
      kind: 'item',
      agent,
      item: {
        type: 'function_call',
        callId: call.callId,
        name: call.name,
        arguments: call.arguments,
        status: 'completed',
      },
    });
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

  /** A voice-only event (barge-in, filler, voice kept, keypad…): stored with the turn and pushed live. */
  event(type: string, data: Record<string, unknown>): void {
    const turn = this.turn.turn;
    this.turn.events.push({ turn, type, data });
    // Voice event names are not in the chat TurnEventMap; live consumers treat `type` as an open string.
    this.listener({ type, turn, data } as unknown as Parameters<TurnListener>[0]);
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
    this.commit();
    this.turn.emit('turn.completed', { agent: this.activeAgent, reply, status });
  }

  /** Commits what is pending, waits for every write, then sets the final status. */
  async end(): Promise<ConversationStatus> {
    if (this.settleTimer) clearTimeout(this.settleTimer);
    this.commit();
    await this.flush();
    // A call that ended with a person owed a reply stays in the operator's inbox.
    const final: ConversationStatus = this.status() === 'awaiting_human' ? 'awaiting_human' : 'ended';
    await this.store.setStatus(this.record.id, final);
    return final;
  }

  flush(): Promise<void> {
    return this.writes;
  }

  private status(): ConversationStatus {
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
          this.record = await this.store.commitTurn({
            conversationId: this.record.id,
            expectedVersion: this.record.version,
            ...snapshot,
            // Invalid context is never stored: the last valid one stays.
            context: snapshot.context ?? this.record.context,
          });
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
        }
      }
    });
  }
}

function toStored(entry: Entry): { agent: string | null; item: AgentInputItem }[] {
  if (entry.kind === 'item') return [{ agent: entry.agent, item: entry.item }];
  if (entry.kind === 'user') {
    const text = entry.text?.trim();
    return [{ agent: null, item: { role: 'user', content: text || UNTRANSCRIBED } }];
  }
  const text = entry.text.trim();
  return text ? [{ agent: entry.agent, item: assistantItem(text) }] : [];
}

/** The first `fraction` of the words of `text`, with an ellipsis when something was cut. */
export function cutAt(text: string, fraction: number): string {
  if (fraction >= 1) return text;
  const words = text.trim().split(/\s+/).filter(Boolean);
  const keep = Math.max(0, Math.floor(words.length * Math.max(0, fraction)));
  return keep >= words.length ? text : `${words.slice(0, keep).join(' ')}…`;
}
