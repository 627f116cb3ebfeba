import {
  type AgentInputItem,
  type AgentOutputItem,
  type FunctionCallItem,
  type ModelRequest,
  type ModelResponse,
  type StreamEvent,
  Usage,
} from '@openai/agents-core';
import { crashPoint } from '../crash/crashPoints.ts';
import type { NormalizedAgent, NormalizedEdge, NormalizedGraph } from '../graph/types.ts';
import { functionResultItem, responseToStream, textResponse } from '../models/responseStream.ts';
import { routingDecisionOf } from '../models/routingDecision.ts';
import { type TurnAwareModel, type TurnScope, turnOfRequest } from '../models/turnScope.ts';
import { escalationOf } from '../policy/escalation.ts';
import { checkHandoff, checkToolCall, type PolicyCode } from '../policy/handoffPolicy.ts';
import { type HandoffReview, reviewHandoff } from '../policy/handoffReview.ts';
import { lastUserText } from '../policy/userText.ts';
import { withKnownFacts } from './agentInstructions.ts';
import { recordEscalation, recordRefusedHandoff } from './handoffRecords.ts';
import { TurnState } from './turnState.ts';

type Verdict =
  | { kind: 'ok' }
  | {
      kind: 'correct';
      call: FunctionCallItem;
      code: PolicyCode | 'unknown_tool' | 'invalid_payload';
      message: string;
    }
  | { kind: 'escalate'; code: string; message: string }
  | { kind: 'safe_reply' };

/**
 * Wraps an agent's model so that what the model asks for is checked in code before the SDK acts on it:
 * unknown tools and invalid handoff payloads are answered with a clear tool error and the model is asked
 * again; blocked handoffs are refused; tripped limits escalate deterministically. The model's prompt is
 * never the enforcement mechanism.
 */
export class GovernedModel implements TurnAwareModel {
  /** This agent's handoff edges by tool name, looked up on every function call the model makes. */
  private readonly edgesByTool: ReadonlyMap<string, NormalizedEdge>;

  constructor(
    private readonly inner: TurnAwareModel,
    private readonly agent: NormalizedAgent,
    private readonly graph: NormalizedGraph,
    private readonly routingPath: 'local' | 'llm',
  ) {
    this.edgesByTool = new Map(agent.handoffs.map((e) => [e.toolName, e]));
  }

  async getResponse(request: ModelRequest, scope?: TurnScope<any>): Promise<ModelResponse> {
    const turn = this.turnOf(request, scope);
    const forced = this.forcedEscalation(turn);
    if (forced) return forced;
    const offered = this.offered(request, turn);
    crashPoint('model.before');
    const response = await this.inner.getResponse(offered, turn);
    crashPoint('model.after');
    return this.reviewed(offered, response, turn);
  }

  async *getStreamedResponse(request: ModelRequest, scope?: TurnScope<any>): AsyncIterable<StreamEvent> {
    const turn = this.turnOf(request, scope);
    const forced = this.forcedEscalation(turn);
    if (forced) {
      yield* responseToStream(forced);
      return;
    }
    const offered = this.offered(request, turn);
    let done: Extract<StreamEvent, { type: 'response_done' }> | undefined;
    crashPoint('model.before');
    for await (const event of this.inner.getStreamedResponse(offered, turn)) {
      if (event.type === 'response_done') done = event;
      else yield event; // text deltas go out as they come; only the final decision is reviewed
    }
    if (!done) throw new Error(`model for ${this.agent.name} ended its stream without response_done`);
    crashPoint('model.after');
    const first: ModelResponse = {
      usage: new Usage(done.response.usage as any),
      output: done.response.output as AgentOutputItem[],
      responseId: done.response.id,
    };
    const settled = await this.reviewed(offered, first, turn);
    if (settled === first) yield done;
    else yield* responseToStream(settled, { withStart: false });
  }

  /**
   * The turn this call serves. Without one nothing could be enforced, so the call is refused rather
   * than run ungoverned: compiled agents run only inside a Switchboard turn (runTurn.ts).
   */
  private turnOf(request: ModelRequest, scope: TurnScope<any> | undefined): TurnState {
    const turn = scope ?? turnOfRequest(request);
    if (turn instanceof TurnState) return turn;
    throw new Error(
      `the model of ${this.agent.name} was called outside a Switchboard turn: run compiled agents through a ` +
        'Switchboard conversation (if they are, the SDK no longer passes run-level model settings to models)',
    );
  }

  /**
   * The request as the model sees it: with what is already known about the customer, and without the
   * transfers the policy refuses right now (cap, ping-pong, gate), so the model is not offered them. A
   * call to one anyway is refused in review.
   * (Done here rather than with the SDK's per-handoff `isEnabled`: one synchronous pass instead of an
   * awaited callback per edge and model call.)
   */
  private offered(request: ModelRequest, turn: TurnState): ModelRequest {
    const refused: string[] = [];
    for (const h of request.handoffs) {
      const edge = this.edgesByTool.get(h.toolName);
      if (edge && !checkHandoff(this.graph.policy, edge, turn.view).allow) refused.push(h.toolName);
    }
    // Static instructions reach the SDK without the context (compileGraph.ts): what is known goes here.
    const base = request.systemInstructions ?? '';
    const instructions =
      typeof this.agent.instructions === 'function' ? base : withKnownFacts(base, turn.state);
    if (refused.length === 0 && instructions === base) return request;
    return {
      ...request,
      systemInstructions: instructions,
      handoffs: request.handoffs.filter((h) => !refused.includes(h.toolName)),
    };
  }

  /**
   * The response as the SDK may act on it. Most pass review as they are, synchronously unless an edge
   * guardrail runs, so the common turn pays no extra await; the rest are settled.
   */
  private reviewed(
    request: ModelRequest,
    response: ModelResponse,
    turn: TurnState,
  ): ModelResponse | Promise<ModelResponse> {
    const pending = this.review(response, request, turn);
    if (pending instanceof Promise) return pending.then((v) => this.settle(request, response, turn, v));
    return pending.kind === 'ok' ? response : this.settle(request, response, turn, pending);
  }

  /** Acts on a verdict; corrects the model up to `maxCorrections` times, then falls back deterministically. */
  private async settle(
    request: ModelRequest,
    response: ModelResponse,
    turn: TurnState,
    first: Verdict,
  ): Promise<ModelResponse> {
    let current = response;
    let verdict = first;
    let input: AgentInputItem[] | null = null;
    for (let attempt = 0; ; attempt++) {
      if (attempt > 0) {
        const pending = this.review(current, request, turn);
        verdict = pending instanceof Promise ? await pending : pending;
      }
      if (verdict.kind === 'ok') return current;
      if (verdict.kind === 'safe_reply') return textResponse(this.graph.safeReply);
      if (verdict.kind === 'escalate') return this.escalate(turn, verdict.code, verdict.message);
      turn.emit('handoff.rejected', {
        from: this.agent.name,
        tool: verdict.call.name,
        code: verdict.code,
        message: verdict.message,
      });
      if (attempt >= this.graph.policy.maxCorrections) {
        return this.escalate(
          turn,
          'corrections_exhausted',
          `model kept calling ${verdict.call.name}: ${verdict.message}`,
        );
      }
      // The refused call and its error are shown to the model for this decision only; the stored history
      // keeps what was actually done, so strict providers never see a dangling call.
      input = [
        ...(input ?? asItems(request.input)),
        verdict.call,
        functionResultItem(verdict.call, `Error: ${verdict.message}`),
      ];
      current = await this.inner.getResponse({ ...request, input }, turn);
    }
  }

  private review(
    response: ModelResponse,
    request: ModelRequest,
    turn: TurnState,
  ): Verdict | Promise<Verdict> {
    // The ceiling counts every tool call of the response before anything else is reviewed: the SDK runs
    // them all, including those after a transfer call, so stopping at the transfer would let them through.
    const ceiling = this.reviewToolCeiling(response, request, turn);
    if (ceiling) return ceiling;
    for (const item of response.output) {
      if (item.type !== 'function_call') continue;
      const call = item as FunctionCallItem;
      const edge = this.edgesByTool.get(call.name);
      if (edge && request.handoffs.some((h) => h.toolName === call.name))
        return this.reviewHandoff(call, edge, turn, request);
      if (isRequestTool(request, call.name)) continue;
      if (edge) {
        // The edge exists but was hidden by the policy when the request was built.
        const verdict = checkHandoff(this.graph.policy, edge, turn.view);
        if (!verdict.allow && verdict.remedy === 'escalate')
          return { kind: 'escalate', code: verdict.code, message: verdict.message };
        const message = verdict.allow ? `transfer ${call.name} is not available right now` : verdict.message;
        return { kind: 'correct', call, code: verdict.allow ? 'gate' : verdict.code, message };
      }
      return { kind: 'correct', call, code: 'unknown_tool', message: unknownToolMessage(call.name, request) };
    }
    return { kind: 'ok' };
  }

  /** Escalates when the response's tool calls would take the conversation past `maxToolCalls`. */
  private reviewToolCeiling(response: ModelResponse, request: ModelRequest, turn: TurnState): Verdict | null {
    let toolCalls = 0;
    for (const item of response.output) {
      if (item.type !== 'function_call') continue;
      const name = (item as FunctionCallItem).name;
      if (this.edgesByTool.has(name) || !isRequestTool(request, name)) continue;
      const verdict = checkToolCall(this.graph.policy, turn.view.toolCallCount + toolCalls);
      if (!verdict.allow) return { kind: 'escalate', code: verdict.code, message: verdict.message };
      toolCalls += 1;
    }
    return null;
  }

  /** The one handoff review (src/policy/handoffReview.ts), acted on for chat. */
  private reviewHandoff(
    call: FunctionCallItem,
    edge: NormalizedEdge,
    turn: TurnState,
    request: ModelRequest,
  ): Verdict | Promise<Verdict> {
    const review = reviewHandoff({
      graph: this.graph,
      edge,
      rawArguments: call.arguments,
      view: turn.view,
      context: turn.state,
      contextChecked: turn.contextChecked,
      userText: () => lastUserText(request.input),
    });
    return review instanceof Promise
      ? review.then((r) => this.actOn(r, call, edge, turn))
      : this.actOn(review, call, edge, turn);
  }

  private actOn(
    review: HandoffReview,
    call: FunctionCallItem,
    edge: NormalizedEdge,
    turn: TurnState,
  ): Verdict {
    if ((review.kind === 'accept' || review.kind === 'guardrail') && review.checkedContext !== undefined) {
      // The next agent sees exactly what the schema accepted: keys a tool slipped in beyond the schema
      // are dropped and coercions applied, in place, since tools and instructions hold this same object.
      replaceContents(turn.state, review.checkedContext);
      turn.contextPassedSchema();
    }
    switch (review.kind) {
      case 'correct':
        return { kind: 'correct', call, code: review.code, message: review.message };
      case 'escalate':
        return { kind: 'escalate', code: review.code, message: review.message };
      case 'context_invalid':
      case 'guardrail':
        recordRefusedHandoff(turn, this.agent.name, edge, review);
        return { kind: 'safe_reply' };
      case 'accept': {
        // How the transfer was decided travels with the call (src/models/routingDecision.ts).
        const hint = routingDecisionOf(call) ?? { path: this.routingPath, confidence: null };
        turn.emit('routing.decision', {
          agent: this.agent.name,
          path: hint.path,
          target: edge.to,
          confidence: hint.confidence,
        });
        return { kind: 'ok' };
      }
    }
  }

  /** A tool result or an earlier check asked for escalation: answer with the escalation handoff, no model call. */
  private forcedEscalation(turn: TurnState): ModelResponse | null {
    const asked = turn.takeEscalation();
    return asked ? this.escalate(turn, asked.code, asked.reason) : null;
  }

  /** The fallback as the escalation handoff's call, which the SDK then carries out (no model call). */
  private escalate(turn: TurnState, code: string, message: string): ModelResponse {
    const { escalation, edge } = escalationOf(this.graph, this.agent, code, message);
    // Recorded here, where it is decided, as calls do; the SDK only carries the move out (compileGraph.ts).
    recordEscalation(turn, escalation);
    if (!edge) return textResponse(this.graph.safeReply); // this agent is the escalation point
    const callId = turn.nextCallId();
    return {
      usage: new Usage(),
      output: [
        {
          type: 'function_call',
          callId,
          name: edge.toolName,
          status: 'completed',
          arguments: JSON.stringify({ reason: escalation.reason, intent: escalation.intent }),
        },
      ],
    };
  }
}

function isRequestTool(request: ModelRequest, name: string): boolean {
  return request.tools.some((t) => t.type === 'function' && t.name === name);
}

function replaceContents(target: unknown, source: unknown): void {
  if (target === source || !isPlainRecord(target) || !isPlainRecord(source)) return;
  for (const key of Object.keys(target)) if (!(key in source)) delete target[key];
  Object.assign(target, source);
}

const isPlainRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function unknownToolMessage(name: string, request: ModelRequest): string {
  const tools = request.tools.filter((t) => t.type === 'function').map((t) => t.name);
  const transfers = request.handoffs.map((h) => h.toolName);
  return `tool "${name}" does not exist. Available tools: ${tools.join(', ') || 'none'}. Available transfers: ${transfers.join(', ') || 'none'}.`;
}

function asItems(input: ModelRequest['input']): AgentInputItem[] {
  return typeof input === 'string' ? [{ role: 'user', content: input }] : input;
}
