import type { Model, ModelProvider, ModelRequest, ModelResponse, StreamEvent } from '@openai/agents';

/**
 * What a model, tool or guardrail may know of the turn it serves. Compiled agents and their models are
 * shared by every conversation of a graph, so they must read the conversation from here, never from
 * instance fields.
 *
 * How it reaches them: tools, guardrails, `isEnabled` and instructions get it as the run's context
 * (`runContext.context`, see turnState.ts); models get it as a second argument of `getResponse`, from
 * the per-turn model provider below, since the SDK hands a model the request alone. It used to travel
 * in an AsyncLocalStorage instead; on Node 20 its promise hooks cost about 20 µs of every turn, 12% of
 * the SDK's own `run()` (bench/turnOverhead.bench.ts).
 */
export type TurnScope<S = Record<string, unknown>> = {
  conversationId: string;
  graphName: string;
  turn: number;
  /** The conversation's structured context; mutated in place by tools. */
  state: S;
  /** Deterministic ids for calls made by deterministic models: same conversation+turn+step → same id. */
  nextCallId(): string;
  /** How the last routing decision was made, left by a routing model for the governed model to record. */
  routingHint?: { path: 'local' | 'llm'; confidence: number | null } | null;
};

/** A model Switchboard calls with the running turn; the SDK's own calls pass none. Any `Model` is one. */
export interface TurnAwareModel extends Model {
  getResponse(request: ModelRequest, turn?: TurnScope<any>): Promise<ModelResponse>;
  getStreamedResponse(request: ModelRequest, turn?: TurnScope<any>): AsyncIterable<StreamEvent>;
}

/** `model` as the SDK sees it during one turn: every call it makes carries that turn. */
export function bindToTurn(model: TurnAwareModel, turn: TurnScope<any>): Model {
  return new TurnBoundModel(model, turn);
}

// A class rather than an object of arrow functions: made on every model call, it should cost one
// allocation (tsx's keepNames would also rename each arrow function, on every call).
class TurnBoundModel implements Model {
  constructor(
    private readonly model: TurnAwareModel,
    private readonly turn: TurnScope<any>,
  ) {}

  getResponse(request: ModelRequest): Promise<ModelResponse> {
    return this.model.getResponse(request, this.turn);
  }

  getStreamedResponse(request: ModelRequest): AsyncIterable<StreamEvent> {
    return this.model.getStreamedResponse(request, this.turn);
  }
}

const MODEL_NAME_PREFIX = 'switchboard:';

/** The model name a compiled agent carries; the turn's provider resolves it to that agent's model. */
export const turnModelName = (agent: string): string => `${MODEL_NAME_PREFIX}${agent}`;

/**
 * Resolves compiled agents' model names for one turn (a `Runner`'s `modelProvider`). Nested runs of
 * agents used as tools inherit the parent run's provider, so they serve the same turn.
 */
export class TurnModelProvider implements ModelProvider {
  constructor(
    private readonly models: ReadonlyMap<string, TurnAwareModel>,
    private readonly turn: TurnScope<any>,
  ) {}

  getModel(name?: string): Model {
    const model = name?.startsWith(MODEL_NAME_PREFIX)
      ? this.models.get(name.slice(MODEL_NAME_PREFIX.length))
      : undefined;
    if (!model) throw new Error(`no compiled Switchboard agent has the model "${name ?? '(default)'}"`);
    return bindToTurn(model, this.turn);
  }
}
