/**
 * THE OFFLINE MODEL IS NOT A LANGUAGE MODEL. It is a deterministic, rule-based stand-in that
 * implements the SDK's `Model` interface so Switchboard graphs can run with no network and no API key,
 * for demos and tests. It understands nothing: it routes with the local lexical classifier, picks tools
 * by word similarity, fills arguments with patterns, and answers from templates and tool results.
 * Same input (and same turn scope) → same output, every time. It reports 0 tokens.
 *
 * One call, in order: each step a stage in turnStages/ (the first that decides, decides), each reading
 * the request as turnContext.ts read it once.
 * 1. The input ends with results of this agent's tools → answer from them (template, the result's
 *    `message`, or a plain listing), or ask for the argument a result says is `missing` (resultsStage.ts).
 * 2. Digressions: an answer for the agent that asked, giving up on the form, a person accepted, a
 *    question with a fixed answer, an offer another agent made taken up (digressionStage.ts).
 * 3. The latest user message routes to an enabled handoff → call that handoff with `{reason, intent}`
 *    (right after arriving by handoff, or right after asking the customer a question, only when very
 *    confident: control must not bounce, and "2025-06-12" answers the question rather than changes topic)
 *    (routingStage.ts).
 * 4. A tool matches the message (or a question we asked for its argument was just answered, or the
 *    message names a value a read-only tool takes) → call it with arguments from state, the answers to
 *    our questions and the user's words, or ask for what is missing (toolStage.ts, chosenToolStep.ts).
 * 5. Otherwise greet (on a greeting or on arrival), fall back, or ask a clarifying question
 *    (fallbackStage.ts).
 */
import {
  type AgentOutputItem,
  type ModelRequest,
  type ModelResponse,
  type StreamEvent,
  Usage,
} from '@openai/agents-core';
import type { NormalizedGraph } from '../../graph/types.ts';
import { withTurnAnalyses } from '../../routing/turnAnalysisMemo.ts';
import { responseToStream } from '../responseStream.ts';
import { decided } from '../routingDecision.ts';
import { type TurnAwareModel, type TurnScope, turnOfRequest } from '../turnScope.ts';
import { personEdge } from './forms/formTurn.ts';
import { assistantMessage, fingerprint, functionCall, hash } from './modelItems.ts';
import { insteadOfAThirdTime } from './notAThirdTime.ts';
import type { OfflineModelOptions } from './offlineModelOptions.ts';
import { digressionStage } from './turnStages/digressionStage.ts';
import { fallbackStage } from './turnStages/fallbackStage.ts';
import { resultsStage } from './turnStages/resultsStage.ts';
import { routingStage } from './turnStages/routingStage.ts';
import { toolStage } from './turnStages/toolStage.ts';
import { type OfflineAgent, readTurn } from './turnStages/turnContext.ts';
import { isDecision, type TurnDecision } from './turnStages/turnDecision.ts';

/**
 * A fixed answer the message also asked for (digressionStage.ts), said before the turn's own words. When
 * the turn first calls a tool or a desk, it waits, by turn and agent, for the words that follow the
 * result: only the agent that owes it says it, once.
 */
const owedPrefaces = new WeakMap<object, { agent: string; text: string }>();

function withPreface(
  graph: NormalizedGraph,
  agent: string,
  turn: TurnScope<any> | undefined,
  { decision, preface }: { decision: TurnDecision; preface?: string },
): TurnDecision {
  const owed = turn ? owedPrefaces.get(turn) : undefined;
  const carried = owed?.agent === agent ? owed.text : undefined;
  // The agent handed to may answer the same question itself: said once.
  const said = preface !== undefined && carried?.includes(preface) ? undefined : preface;
  const text = [carried, said].filter((t) => t !== undefined).join(' ');
  if (text === '') return decision;
  if ('say' in decision) {
    if (turn && carried !== undefined) owedPrefaces.delete(turn);
    return { say: `${text} ${decision.say}` };
  }
  // "do you have parking? i want to book a womens cut thursday afternoon": the desk handed to says the
  // parking the front desk answered, before its own words (it was lost with the handoff).
  const handedTo = graph.byName.get(agent)?.handoffs.find((e) => e.toolName === decision.call)?.to;
  if (turn) owedPrefaces.set(turn, { agent: handedTo ?? agent, text });
  return decision;
}

export function createOfflineModel(
  graph: NormalizedGraph,
  agentName: string,
  options: OfflineModelOptions = {},
): TurnAwareModel {
  if (!graph.byName.has(agentName))
    throw new Error(`createOfflineModel: graph "${graph.name}" has no agent "${agentName}"`);
  return new OfflineModel({ graph, agentName, options });
}

class OfflineModel implements TurnAwareModel {
  constructor(private readonly offline: OfflineAgent) {}

  // The turn: from the governed model in front, else from the run's model settings (turnScope.ts).
  async getResponse(request: ModelRequest, turn = turnOfRequest(request)): Promise<ModelResponse> {
    request.signal?.throwIfAborted();
    return this.respond(request, turn);
  }

  async *getStreamedResponse(
    request: ModelRequest,
    turn = turnOfRequest(request),
  ): AsyncIterable<StreamEvent> {
    request.signal?.throwIfAborted();
    yield* responseToStream(this.respond(request, turn));
  }

  private respond(request: ModelRequest, turn: TurnScope<any> | undefined): ModelResponse {
    const { graph, agentName } = this.offline;
    const seed = hash(`${agentName}|${fingerprint(request.input)}`);
    // One analysis of each message per turn, shared by every router this turn asks (turnAnalysisMemo.ts).
    const first = withTurnAnalyses(turn, () => this.output(this.decide(request, turn), seed, turn));
    const stuck = insteadOfAThirdTime(first, request, personEdge(graph, graph.byName.get(agentName)));
    const output = stuck ? this.output(stuck, seed, turn) : first;
    return { usage: new Usage(), output: [output], responseId: `offline_${seed}` };
  }

  /** The steps of the file-top comment, in order: the first stage that decides, decides. */
  private decide(request: ModelRequest, turn: TurnScope<any> | undefined): TurnDecision {
    return withPreface(this.offline.graph, this.offline.agentName, turn, this.stages(request, turn));
  }

  private stages(
    request: ModelRequest,
    turn: TurnScope<any> | undefined,
  ): { decision: TurnDecision; preface?: string } {
    const message = resultsStage(readTurn(this.offline, request, turn));
    if (isDecision(message)) return { decision: message };
    const settled = digressionStage(message.next);
    if (isDecision(settled)) return { decision: settled };
    const { preface } = settled.next;
    const unrouted = routingStage(settled.next);
    if (isDecision(unrouted)) return { decision: unrouted, preface };
    const acted = toolStage(unrouted.next);
    if (acted) return { decision: acted, preface };
    const { fixedAlone } = settled.next;
    return fixedAlone
      ? { decision: { say: fixedAlone } }
      : { decision: fallbackStage(unrouted.next), preface };
  }

  private output(decision: TurnDecision, seed: string, turn: TurnScope<any> | undefined): AgentOutputItem {
    if ('say' in decision) return assistantMessage(decision.say, seed);
    // Without a turn the id is derived from the input (one call per response), not from a counter on
    // this instance: a model is shared between conversations and must give the same answer twice.
    const call = functionCall(decision.call, decision.args, turn?.nextCallId() ?? `call_offline_${seed}`);
    // A transfer the local router chose carries its confidence, for the governed model to record.
    return decision.routing ? decided(call, decision.routing) : call;
  }
}
