import type { AgentInputItem } from '@openai/agents-core';
import { crashPoint } from '../crash/crashPoints.ts';
import { HUMAN_AGENT } from '../graph/types.ts';
import { escalation } from '../policy/escalation.ts';
import type {
  ConversationRecord,
  ConversationStatus,
  ConversationStore,
  StoredItem,
  ToolCallRecord,
  TurnLoad,
} from '../store/types.ts';
import { turnCommitOf } from '../store/types.ts';
import { turnUsageByModel, withTurnTrace } from '../tracing/turnTrace.ts';
import { STILL_AWAITING_APPROVAL_REPLY } from './approvalPause.ts';
import type { CompiledGraph } from './compileGraph.ts';
import { handoffHistoryFromLog, handoffHistoryOf, NO_HANDOFFS } from './handoffHistory.ts';
import { recordEscalation } from './handoffRecords.ts';
import { AWAITING_HUMAN_REPLY, awaitingHumanReply } from './parkedReply.ts';
import { type AgentRun, assistantItem, runAgents, type TurnUsage } from './runAgents.ts';
import type { OrphanedToolCall } from './turnLedger.ts';
import { type TurnListener, TurnState } from './turnState.ts';

// Re-exported: callers outside the runtime know the assistant item from here.
export { assistantItem };

export type TurnResult = {
  conversationId: string;
  turn: number;
  agent: string;
  reply: string;
  status: ConversationRecord['status'];
  handoffs: { from: string; to: string; reason: string; intent: string | null; kind: string }[];
  toolCalls: {
    agent: string;
    tool: string;
    callId: string;
    arguments: unknown;
    result: unknown;
    replayed: boolean;
  }[];
  /**
   * Side effects an earlier attempt at this turn ran (it died before committing) that this attempt did
   * not repeat, e.g. a retry with changed text: they happened, the reply does not know about them.
   * Also stored as `tool.orphaned` events of the turn. Empty on a first attempt.
   */
  orphanedToolCalls: OrphanedToolCall[];
  usage: TurnUsage;
  durationMs: number;
};

export type TurnOptions = {
  stream?: boolean;
  listener?: TurnListener;
  /** What `store.loadTurn` read with `record`, so the turn does not read it again. */
  loaded?: TurnLoad;
};

// Re-exported: callers outside the runtime know the parked reply from here.
export { AWAITING_HUMAN_REPLY };

/**
 * Runs one user turn: load → run the SDK from the active agent → commit everything the turn produced
 * in one transaction. A crash before the commit leaves the conversation exactly as it was, and
 * side-effecting tools replay from their ledger, so retrying the turn repeats nothing.
 */
export function runTurn(
  compiled: CompiledGraph,
  store: ConversationStore,
  record: ConversationRecord,
  text: string,
  opts: TurnOptions = {},
): Promise<TurnResult> {
  return withNextTurnTrace(compiled, store, record, () => runTracedTurn(compiled, store, record, text, opts));
}

/**
 * Runs `work` in the SDK trace of the conversation's next turn (a user turn, or a resume after
 * approvals): one trace per turn, ended after the commit, when src/tracing stores its spans.
 */
export function withNextTurnTrace<T>(
  compiled: CompiledGraph,
  store: ConversationStore,
  record: ConversationRecord,
  work: () => Promise<T>,
): Promise<T> {
  const trace = {
    conversationId: record.id,
    turn: record.turnCount + 1,
    graph: compiled.graph.name,
    tenant: record.tenant,
    store,
  };
  return withTurnTrace(trace, work);
}

async function runTracedTurn(
  compiled: CompiledGraph,
  store: ConversationStore,
  record: ConversationRecord,
  text: string,
  opts: TurnOptions,
): Promise<TurnResult> {
  const started = performance.now();
  const { graph } = compiled;
  const turnNo = record.turnCount + 1;
  const userItem: AgentInputItem = { role: 'user', content: text };

  // Parked with a person (a reply, or a decision on a pending call): the model does not run.
  if (record.status === 'awaiting_human' || record.status === 'awaiting_approval') {
    const human = record.status === 'awaiting_human';
    const waiting = human ? await awaitingHumanReply(store, record.id) : STILL_AWAITING_APPROVAL_REPLY;
    const committed = await store.commitTurn(
      turnCommitOf(record, turnNo, {
        items: [
          { agent: null, item: userItem },
          { agent: human ? HUMAN_AGENT : record.activeAgent, item: assistantItem(waiting) },
        ],
      }),
    );
    return emptyResult(committed, turnNo, waiting, started);
  }

  // What earlier attempts at this turn left in the ledger, read alongside the history and awaited only
  // before the commit (this attempt's own records are told apart by the turn's ledger, so timing is moot).
  const { loaded } = opts;
  const earlierAttempts = loaded
    ? Promise.resolve(loaded.toolCalls)
    : compiled.sideEffects
      ? store.listToolCalls(record.id, turnNo)
      : NO_RECORDS;
  earlierAttempts.catch(() => {}); // awaited below; a turn that fails first must not leave it unhandled
  const { turn, history } = await openTurn(compiled, store, record, turnNo, opts.listener, loaded);
  const startName = applySla(compiled, record.activeAgent, turn);
  const startAgent = compiled.agents.get(startName) ?? compiled.agents.get(graph.entry)!;
  turn.emit('turn.started', { agent: startAgent.name, text });
  crashPoint('turn.loaded');

  const run = await runAgents(
    compiled,
    store,
    record,
    turn,
    startAgent,
    [...history.map((h) => h.item), userItem],
    !!opts.stream,
  );
  const orphaned = turn.ledger.orphans(await earlierAttempts);
  for (const orphan of orphaned) turn.emit('tool.orphaned', orphan);

  return commitRun(compiled, store, record, turn, run, [{ agent: null, item: userItem }], started, orphaned);
}

/** A turn's state over the stored conversation: history, policy view, parsed context. */
export async function openTurn(
  compiled: CompiledGraph,
  store: ConversationStore,
  record: ConversationRecord,
  turnNo: number,
  listener: TurnListener | undefined,
  loaded?: Pick<TurnLoad, 'items' | 'handoffs'>,
): Promise<{ turn: TurnState; history: StoredItem[] }> {
  const { graph } = compiled;
  // Items and handoff log may come with the turn's one-statement load (SQL stores); otherwise the log
  // matters only once there is one (ping-pong, SLA, reroutes), so a new conversation reads no log at all.
  const [history, handoffLog] = loaded
    ? [loaded.items, handoffHistoryFromLog(loaded.handoffs, graph.entry)]
    : record.handoffCount === 0
      ? [await store.getItems(record.id), NO_HANDOFFS]
      : await Promise.all([store.getItems(record.id), handoffHistoryOf(store, record, graph.entry)]);
  const parsed = graph.contextSchema.safeParse(record.context);
  const state = (parsed.success ? parsed.data : { ...record.context }) as Record<string, unknown>;
  const view = {
    conversationId: record.id,
    handoffCount: record.handoffCount,
    rerouteCount: handoffLog.reroutes,
    entry: graph.entry,
    toolCallCount: record.toolCallCount,
    turn: turnNo,
    lastHandoff: handoffLog.last,
    state,
  };
  const turn = new TurnState(graph, record.id, turnNo, state, view, store, listener);
  // Parsed by the schema just above: a handoff before any tool has run need not parse it again.
  if (parsed.success) turn.contextPassedSchema();
  return { turn, history };
}

/** Commits what the run produced, after `leadingItems` (the user's message, or decided calls' results). */
export async function commitRun(
  compiled: CompiledGraph,
  store: ConversationStore,
  record: ConversationRecord,
  turn: TurnState,
  run: AgentRun,
  leadingItems: { agent: string | null; item: AgentInputItem }[],
  started: number,
  orphaned: OrphanedToolCall[],
): Promise<TurnResult> {
  const { graph } = compiled;
  const { reply, lastAgent, newItems, usage } = run;
  const turnNo = turn.turn;
  const checked = graph.contextSchema.safeParse(turn.state);
  if (!checked.success) turn.emit('context.invalid', { agent: lastAgent, issues: checked.error.message });
  const status: ConversationStatus = run.awaitingApproval
    ? 'awaiting_approval'
    : lastAgent === HUMAN_AGENT
      ? 'awaiting_human'
      : 'active';
  // Latency up to the commit, token usage and the models behind it, committed with the turn for analytics.
  const models = turnUsageByModel();
  turn.emit('turn.metrics', { agent: lastAgent, durationMs: performance.now() - started, usage, models });
  crashPoint('commit.before');
  const committed = await store.commitTurn(
    turnCommitOf(record, turnNo, {
      items: [...leadingItems, ...newItems],
      handoffs: turn.handoffs,
      events: turn.events,
      activeAgent: lastAgent,
      status,
      // Invalid context is never persisted: the next turn starts from the last valid one.
      context: checked.success ? (checked.data as Record<string, unknown>) : record.context,
      toolCallsAdded: turn.toolCallsAdded,
    }),
  );
  crashPoint('commit.after');
  turn.emit('turn.completed', { agent: lastAgent, reply, status });
  return {
    conversationId: committed.id,
    turn: turnNo,
    agent: lastAgent,
    reply,
    status: committed.status,
    handoffs: turn.handoffs.map(({ from, to, reason, intent, kind }) => ({ from, to, reason, intent, kind })),
    toolCalls: collectToolCalls(turn),
    orphanedToolCalls: orphaned,
    usage,
    durationMs: performance.now() - started,
  };
}

const NO_RECORDS: Promise<ToolCallRecord[]> = Promise.resolve([]);

/**
 * An agent with an SLA keeps a conversation for at most `maxTurns` user turns; the next turn starts
 * at its `escalateTo` (a deterministic, recorded move — no model decides it).
 */
function applySla(compiled: CompiledGraph, active: string, turn: TurnState): string {
  const sla = compiled.graph.byName.get(active)?.sla;
  if (!sla) return active;
  const last = turn.view.lastHandoff;
  const arrivedAt = last?.to === active ? last.turn : 1;
  const turnsWithAgent = turn.turn - arrivedAt;
  if (turnsWithAgent < sla.maxTurns) return active;
  const message = `SLA of ${sla.maxTurns} turns reached at ${active}`;
  recordEscalation(turn, escalation(active, sla.escalateTo, 'sla', message));
  return sla.escalateTo;
}

function collectToolCalls(turn: TurnState): TurnResult['toolCalls'] {
  const calls = new Map<string, TurnResult['toolCalls'][number]>();
  for (const event of turn.events) {
    if (event.type === 'tool.call') {
      const { agent, tool, callId } = event.data;
      calls.set(callId, {
        agent,
        tool,
        callId,
        arguments: event.data.arguments,
        result: undefined,
        replayed: false,
      });
    } else if (event.type === 'tool.result') {
      const call = calls.get(event.data.callId);
      if (call) Object.assign(call, { result: event.data.result, replayed: event.data.replayed });
    }
  }
  return [...calls.values()];
}

function emptyResult(record: ConversationRecord, turn: number, reply: string, started: number): TurnResult {
  return {
    conversationId: record.id,
    turn,
    agent: record.activeAgent,
    reply,
    status: record.status,
    handoffs: [],
    toolCalls: [],
    orphanedToolCalls: [],
    usage: { requests: 0, inputTokens: 0, outputTokens: 0 },
    durationMs: performance.now() - started,
  };
}
