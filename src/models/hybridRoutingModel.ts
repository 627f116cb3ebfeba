import type { ModelRequest, ModelResponse, StreamEvent } from '@openai/agents-core';
import { Usage } from '@openai/agents-core';
import type { RoutingMode } from '../graph/types.ts';
import { userItemText } from '../policy/userText.ts';
import type { AgentRouter } from '../routing/agentRouter.ts';
import { responseToStream } from './responseStream.ts';
import { decided, decidedResponse, decidedStream, type RoutingDecision } from './routingDecision.ts';
import { type TurnAwareModel, type TurnScope, turnOfRequest } from './turnScope.ts';

/**
 * Puts the local classifier in front of an LLM triage agent. `hybrid`: a confident local decision
 * routes at once (no LLM call, no tokens); otherwise the LLM decides. `local`: the classifier makes
 * every routing decision and the LLM only talks (clarifying questions, out-of-scope answers).
 */
export class HybridRoutingModel implements TurnAwareModel {
  constructor(
    private readonly llm: TurnAwareModel,
    private readonly router: AgentRouter,
    private readonly mode: Exclude<RoutingMode, 'llm'>,
  ) {}

  // The turn: from the governed model in front, else from the run's model settings (turnScope.ts).
  async getResponse(request: ModelRequest, turn = turnOfRequest(request)): Promise<ModelResponse> {
    const route = this.route(request, turn);
    if (route.local) return route.local;
    const response = await this.llm.getResponse(request, turn);
    return route.deferred ? decidedResponse(response, route.deferred) : response;
  }

  async *getStreamedResponse(
    request: ModelRequest,
    turn = turnOfRequest(request),
  ): AsyncIterable<StreamEvent> {
    const route = this.route(request, turn);
    if (route.local) {
      yield* responseToStream(route.local);
      return;
    }
    const events = this.llm.getStreamedResponse(request, turn);
    yield* route.deferred ? decidedStream(events, route.deferred) : events;
  }

  /**
   * The local router's transfer (marked as its decision), or none: then the LLM decides, and a transfer
   * it calls carries the router's confidence it was deferred on (`deferred`; null mid-turn, where the
   * router was not asked).
   */
  private route(
    request: ModelRequest,
    turn: TurnScope<any> | undefined,
  ): { local: ModelResponse; deferred?: undefined } | { local: null; deferred: RoutingDecision | null } {
    const text = latestUserText(request);
    if (text === null) return { local: null, deferred: null }; // mid-turn (after a tool or handoff): the LLM continues
    // Hybrid skips the LLM only on the fast-path confidence (router and phrasing views agreeing, see
    // fastPathConfidence.ts): the router's own probability is high on its systematic mistakes too.
    // Local mode routes every decision anyway, so it has no use for it.
    const fastPath = this.mode === 'hybrid';
    const decision = this.router.route(
      text,
      request.handoffs.map((h) => h.toolName),
      { fastPath },
    );
    const confidence = decision.fastPathConfidence ?? decision.confidence;
    const confident = decision.decision === 'handoff' && confidence >= this.router.threshold;
    const routeHere = decision.decision === 'handoff' && (confident || this.mode === 'local');
    if (!routeHere || !decision.toolName) return { local: null, deferred: { path: 'llm', confidence } };
    const call = decided(
      {
        type: 'function_call' as const,
        callId: turn?.nextCallId() ?? `local_${Date.now()}`,
        name: decision.toolName,
        status: 'completed' as const,
        arguments: JSON.stringify({ reason: decision.reason, intent: decision.intent }),
      },
      { path: 'local', confidence },
    );
    return { local: { usage: new Usage(), output: [call] } };
  }
}

/** The user's message when it is the newest input item, i.e. this agent is starting on a fresh message. */
function latestUserText(request: ModelRequest): string | null {
  if (typeof request.input === 'string') return request.input;
  return userItemText(request.input.at(-1));
}
