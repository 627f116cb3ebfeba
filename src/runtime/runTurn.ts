import {
  type AgentInputItem,
  InputGuardrailTripwireTriggered,
  type NonStreamRunOptions,
  OutputGuardrailTripwireTriggered,
  Runner,
  type RunResult,
} from '@openai/agents';
import { crashPoint } from '../crash/crashPoints.ts';
import { HUMAN_AGENT } from '../graph/types.ts';
import type {
  ConversationRecord,
  ConversationStore,
  HandoffRecord,
  ToolCallRecord,
  TurnLoad,
} from '../store/types.ts';
import { turnUsageByModel, withTurnTrace } from '../tracing/turnTrace.ts';
import type { CompiledGraph } from './compileGraph.ts';
import type { OrphanedToolCall } from './turnLedger.ts';
import { turnModelSettings } from './turnScope.ts';
import { type TurnListener, TurnState } from './turnState.ts';

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
  usage: { requests: number; inputTokens: number; outputTokens: number };
  durationMs: number;
};

export type TurnOptions = {
  stream?: boolean;
  listener?: TurnListener;
  /** What `store.loadTurn` read with `record`, so the turn does not read it again. */
  loaded?: TurnLoad;
};

export const AWAITING_HUMAN_REPLY =
  'Thanks — a member of our team has your conversation and will reply here shortly.';

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
  // One SDK trace per turn, ended after the commit (src/tracing stores its spans right then).
  const context = {
    conversationId: record.id,
    turn: record.turnCount + 1,
    graph: compiled.graph.name,
    tenant: record.tenant,
    store,
  };
  return withTurnTrace(context, () => runTracedTurn(compiled, store, record, text, opts));
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

  if (record.status === 'awaiting_human') {
    const reply: AgentInputItem = assistantItem(AWAITING_HUMAN_REPLY);
    const committed = await store.commitTurn({
      conversationId: record.id,
      expectedVersion: record.version,
      turn: turnNo,
      items: [
        { agent: null, item: userItem },
        { agent: HUMAN_AGENT, item: reply },
      ],
      handoffs: [],
      events: [],
      activeAgent: record.activeAgent,
      status: record.status,
      context: record.context,
      toolCallsAdded: 0,
    });
    return emptyResult(committed, turnNo, AWAITING_HUMAN_REPLY, started);
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
  // The handoff log matters only once there is one (ping-pong, SLA); a new conversation reads items alone.
  const [history, handoffLog] = loaded
    ? [loaded.items, record.handoffCount === 0 ? null : loaded.lastHandoff]
    : record.handoffCount === 0
      ? [await store.getItems(record.id), null]
      : await Promise.all([store.getItems(record.id), lastHandoffOf(store, record)]);
  const parsed = graph.contextSchema.safeParse(record.context);
  const state = (parsed.success ? parsed.data : { ...record.context }) as Record<string, unknown>;
  const turn = new TurnState(
    graph,
    record.id,
    turnNo,
    state,
    {
      conversationId: record.id,
      handoffCount: record.handoffCount,
      toolCallCount: record.toolCallCount,
      turn: turnNo,
      lastHandoff: handoffLog,
      state,
    },
    store,
    opts.listener,
  );
  // Parsed by the schema just above: a handoff before any tool has run need not parse it again.
  if (parsed.success) turn.validatedStateVersion = turn.stateVersion;
  const startName = applySla(compiled, record.activeAgent, turn);
  const startAgent = compiled.agents.get(startName) ?? compiled.agents.get(graph.entry)!;
  turn.emit('turn.started', { agent: startAgent.name, text });
  crashPoint('turn.loaded');

  let maxTurnsTripped = false;
  const input = [...history.map((h) => h.item), userItem];
  let reply: string;
  let lastAgent: string;
  let newItems: { agent: string | null; item: AgentInputItem }[];
  let usage = { requests: 0, inputTokens: 0, outputTokens: 0 };
  try {
    const result = await execute(compiled, startAgent, input, turn, !!opts.stream, () => {
      maxTurnsTripped = true;
    });
    reply =
      typeof result.finalOutput === 'string' ? result.finalOutput : JSON.stringify(result.finalOutput ?? '');
    lastAgent = result.lastAgent?.name ?? startAgent.name;
    newItems = result.newItems.map((item) => ({
      agent: itemAgent(item),
      item: item.rawItem as AgentInputItem,
    }));
    usage = sumUsage(result);
  } catch (error) {
    if (
      !(error instanceof InputGuardrailTripwireTriggered || error instanceof OutputGuardrailTripwireTriggered)
    )
      throw error;
    // A tripped guardrail: the customer gets the graph's safe reply, the trip is recorded with its reason.
    const kind = error instanceof InputGuardrailTripwireTriggered ? 'input' : 'output';
    const guard = (error as any).result;
    lastAgent = guard?.agent?.name ?? turn.view.lastHandoff?.to ?? startAgent.name;
    turn.emit('guardrail.tripped', {
      agent: lastAgent,
      guardrail: guard?.guardrail?.name ?? kind,
      kind,
      reason: describeGuardrailOutput(guard?.output?.outputInfo),
    });
    reply = graph.safeReply;
    newItems = [{ agent: lastAgent, item: assistantItem(reply) }];
  }

  if (maxTurnsTripped && lastAgent !== graph.policy.escalateTo) {
    const to = graph.policy.escalateTo;
    const message = `model-call limit reached (${graph.policy.maxTurns} in one turn)`;
    turn.emit('policy.tripped', { code: 'max_turns', message, agent: lastAgent, escalatedTo: to });
    turn.recordHandoff(lastAgent, to, `policy: ${message}`, 'escalation.max_turns', 'fallback');
    lastAgent = to;
    if (to === HUMAN_AGENT) {
      reply = compiled.humanReply;
      newItems.push({ agent: HUMAN_AGENT, item: assistantItem(reply) });
    }
  }

  const orphaned = turn.ledger.orphans(await earlierAttempts);
  for (const orphan of orphaned) turn.emit('tool.orphaned', orphan);

  const checked = graph.contextSchema.safeParse(turn.state);
  if (!checked.success) turn.emit('context.invalid', { agent: lastAgent, issues: checked.error.message });
  const status = lastAgent === HUMAN_AGENT ? 'awaiting_human' : record.status;
  // Latency up to the commit, token usage and the models behind it, committed with the turn for analytics.
  const models = turnUsageByModel();
  turn.emit('turn.metrics', { agent: lastAgent, durationMs: performance.now() - started, usage, models });
  crashPoint('commit.before');
  const committed = await store.commitTurn({
    conversationId: record.id,
    expectedVersion: record.version,
    turn: turnNo,
    items: [{ agent: null, item: userItem }, ...newItems],
    handoffs: turn.handoffs,
    events: turn.events,
    activeAgent: lastAgent,
    status,
    // Invalid context is never persisted: the next turn starts from the last valid one.
    context: checked.success ? (checked.data as Record<string, unknown>) : record.context,
    toolCallsAdded: turn.toolCallsAdded,
  });
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

type TurnRunOptions = NonStreamRunOptions<TurnState>;

const NO_RECORDS: Promise<ToolCallRecord[]> = Promise.resolve([]);

function execute(
  compiled: CompiledGraph,
  agent: CompiledGraph['agents'] extends Map<string, infer A> ? A : never,
  input: AgentInputItem[],
  turn: TurnState,
  stream: boolean,
  onMaxTurns: () => void,
): Promise<RunResult<any, any>> {
  const options: TurnRunOptions = {
    context: turn,
    maxTurns: compiled.graph.policy.maxTurns,
    toolNotFoundBehavior: 'return_error_to_model' as const,
    tracing: { includeTaskAndTurnSpans: false },
    errorHandlers: {
      maxTurns: () => {
        onMaxTurns();
        return { finalOutput: compiled.graph.safeReply, includeInHistory: false };
      },
    },
  };
  // A runner per turn: its model settings carry this turn to every model call (see turnScope.ts).
  const runner = new Runner({ modelSettings: turnModelSettings(turn) });
  return stream ? executeStreamed(runner, agent, input, options, turn) : runner.run(agent, input, options);
}

/** A streamed run: text deltas go to the turn's listeners as they arrive. */
async function executeStreamed(
  runner: Runner,
  agent: Parameters<Runner['run']>[0],
  input: AgentInputItem[],
  options: TurnRunOptions,
  turn: TurnState,
): Promise<RunResult<any, any>> {
  const streamed = await runner.run(agent, input, { ...options, stream: true });
  let current = agent.name;
  for await (const event of streamed) {
    if (event.type === 'agent_updated_stream_event') current = event.agent.name;
    else if (event.type === 'raw_model_stream_event' && event.data.type === 'output_text_delta') {
      turn.emit('text.delta', { agent: current, delta: event.data.delta });
    }
  }
  await streamed.completed;
  if (streamed.error) throw streamed.error;
  return streamed as unknown as RunResult<any, any>;
}

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
  turn.emit('policy.tripped', { code: 'sla', message, agent: active, escalatedTo: sla.escalateTo });
  turn.recordHandoff(active, sla.escalateTo, `policy: ${message}`, 'escalation.sla', 'fallback');
  return sla.escalateTo;
}

async function lastHandoffOf(store: ConversationStore, record: ConversationRecord) {
  const log = await store.listHandoffs(record.id);
  const last = [...log].reverse().find((h: HandoffRecord) => h.kind !== 'rejected');
  return last ? { from: last.from, to: last.to, turn: last.turn } : null;
}

/** Which agent produced an item; a handoff's output belongs to the agent that handed off. */
function itemAgent(item: RunResult<any, any>['newItems'][number]): string | null {
  if (item.type === 'handoff_output_item') return item.sourceAgent.name;
  return 'agent' in item ? (item.agent?.name ?? null) : null;
}

function collectToolCalls(turn: TurnState): TurnResult['toolCalls'] {
  const calls = new Map<string, TurnResult['toolCalls'][number]>();
  for (const event of turn.events) {
    const d = event.data as any;
    if (event.type === 'tool.call') {
      calls.set(d.callId, {
        agent: d.agent,
        tool: d.tool,
        callId: d.callId,
        arguments: d.arguments,
        result: undefined,
        replayed: false,
      });
    } else if (event.type === 'tool.result' && calls.has(d.callId)) {
      Object.assign(calls.get(d.callId)!, { result: d.result, replayed: d.replayed });
    }
  }
  return [...calls.values()];
}

function sumUsage(result: RunResult<any, any>): TurnResult['usage'] {
  const usage = { requests: 0, inputTokens: 0, outputTokens: 0 };
  for (const response of result.rawResponses ?? []) {
    usage.requests += response.usage?.requests ?? 0;
    usage.inputTokens += response.usage?.inputTokens ?? 0;
    usage.outputTokens += response.usage?.outputTokens ?? 0;
  }
  return usage;
}

function describeGuardrailOutput(info: unknown): string {
  if (info === undefined || info === null) return 'guardrail tripped';
  if (typeof info === 'string') return info;
  const reason = (info as { reason?: unknown }).reason;
  return typeof reason === 'string' ? reason : JSON.stringify(info);
}

export function assistantItem(text: string): AgentInputItem {
  return {
    type: 'message',
    role: 'assistant',
    status: 'completed',
    content: [{ type: 'output_text', text }],
  };
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
