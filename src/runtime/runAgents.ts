import {
  type AgentInputItem,
  InputGuardrailTripwireTriggered,
  type NonStreamRunOptions,
  OutputGuardrailTripwireTriggered,
  Runner,
  type RunResult,
} from '@openai/agents-core';
import { HUMAN_AGENT } from '../graph/types.ts';
import { turnModelSettings } from '../models/turnScope.ts';
import { escalation } from '../policy/escalation.ts';
import type { ConversationRecord, ConversationStore } from '../store/types.ts';
import { pauseForApproval } from './approvalPause.ts';
import type { CompiledGraph } from './compileGraph.ts';
import { recordEscalation } from './handoffRecords.ts';
import type { TurnState } from './turnState.ts';

/*
 * One run of the SDK inside a turn, from the agent the turn starts at: the text reply, the items to
 * commit and the usage, with guardrail trips, the model-call limit and approval pauses (docs/approvals.md)
 * turned into what the customer is told. runTurn.ts wraps it for a user message, resumeApproval.ts for a
 * decision.
 */

/** Model usage of a turn, summed over its model calls. */
export type TurnUsage = { requests: number; inputTokens: number; outputTokens: number };

/** What running the agents produced, ready to commit. */
export type AgentRun = {
  reply: string;
  lastAgent: string;
  newItems: { agent: string | null; item: AgentInputItem }[];
  usage: TurnUsage;
  /** The run stopped on calls that wait for a person (docs/approvals.md). */
  awaitingApproval: boolean;
};

/** Runs the SDK from `startAgent`; guardrail trips, the model-call limit and approval pauses included. */
export async function runAgents(
  compiled: CompiledGraph,
  store: ConversationStore,
  record: ConversationRecord,
  turn: TurnState,
  startAgent: CompiledAgent,
  input: AgentInputItem[],
  stream: boolean,
): Promise<AgentRun> {
  const { graph } = compiled;
  let modelCallsTripped = false;
  let reply: string;
  let lastAgent: string;
  let newItems: { agent: string | null; item: AgentInputItem }[];
  let usage = { requests: 0, inputTokens: 0, outputTokens: 0 };
  let awaitingApproval = false;
  try {
    const result = await execute(compiled, startAgent, input, turn, stream, () => {
      modelCallsTripped = true;
    });
    lastAgent = result.lastAgent?.name ?? startAgent.name;
    // An approval item repeats the function call it stops on: the call itself is already in the list.
    newItems = result.newItems
      .filter((item) => item.type !== 'tool_approval_item')
      .map((item) => ({ agent: itemAgent(item), item: item.rawItem as AgentInputItem }));
    usage = sumUsage(result);
    if (result.interruptions?.length) {
      const paused = await pauseForApproval(store, record, turn, result.interruptions);
      reply = paused.reply;
      lastAgent = paused.agent;
      newItems.push({ agent: paused.agent, item: assistantItem(paused.reply) });
      awaitingApproval = true;
    } else {
      reply =
        typeof result.finalOutput === 'string'
          ? result.finalOutput
          : JSON.stringify(result.finalOutput ?? '');
    }
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

  if (modelCallsTripped && lastAgent !== graph.policy.escalateTo) {
    const to = graph.policy.escalateTo;
    const message = `model-call limit reached (${graph.policy.maxModelCalls} in one turn)`;
    recordEscalation(turn, escalation(lastAgent, to, 'max_turns', message));
    lastAgent = to;
    if (to === HUMAN_AGENT) {
      reply = compiled.humanReply;
      newItems.push({ agent: HUMAN_AGENT, item: assistantItem(reply) });
    }
  }
  return { reply, lastAgent, newItems, usage, awaitingApproval };
}

export type CompiledAgent = CompiledGraph['agents'] extends Map<string, infer A> ? A : never;

type TurnRunOptions = NonStreamRunOptions<TurnState>;

function execute(
  compiled: CompiledGraph,
  agent: CompiledAgent,
  input: AgentInputItem[],
  turn: TurnState,
  stream: boolean,
  onMaxTurns: () => void,
): Promise<RunResult<any, any>> {
  const options: TurnRunOptions = {
    context: turn,
    maxTurns: compiled.graph.policy.maxModelCalls,
    toolNotFoundBehavior: 'return_error_to_model' as const,
    tracing: { includeTaskAndTurnSpans: false },
    errorHandlers: {
      maxTurns: () => {
        onMaxTurns();
        return { finalOutput: compiled.graph.safeReply, includeInHistory: false };
      },
    },
  };
  // A runner per turn: its model settings carry this turn to every model call (see src/models/turnScope.ts).
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

/** Which agent produced an item; a handoff's output belongs to the agent that handed off. */
function itemAgent(item: RunResult<any, any>['newItems'][number]): string | null {
  if (item.type === 'handoff_output_item') return item.sourceAgent.name;
  return 'agent' in item ? (item.agent?.name ?? null) : null;
}

function sumUsage(result: RunResult<any, any>): TurnUsage {
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
