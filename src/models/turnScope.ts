import type { Model, ModelRequest, ModelResponse, ModelSettings, StreamEvent } from '@openai/agents-core';
import type { PolicyView } from '../policy/handoffPolicy.ts';

/**
 * What a model, tool or guardrail may know of the turn it serves. Compiled agents and their models are
 * shared by every conversation of a graph, so they must read the conversation from here, never from
 * instance fields.
 *
 * How it reaches them: tools, guardrails, `isEnabled` and instructions get it as the run's context
 * (`runContext.context`, see turnState.ts). A model gets the request alone, so each turn's `Runner`
 * carries the turn in its model settings (`turnModelSettings`), which the SDK merges into every
 * request of the run, nested runs of agents used as tools included; the governed model reads it there
 * (`turnOfRequest`) and hands it on to the model it wraps as a second argument.
 *
 * It used to travel in an AsyncLocalStorage; on Node 20 its promise hooks cost about 20 µs of every
 * turn, 12% of the SDK's own `run()`. Named models resolved by a per-turn model provider came next,
 * but the SDK matches every model name against its GPT-5 patterns, twice a call: 2-3 µs a turn more
 * (bench/turnOverhead.bench.ts).
 */
export type TurnScope<S = Record<string, unknown>> = {
  conversationId: string;
  graphName: string;
  turn: number;
  /** The conversation's structured context; mutated in place by tools. */
  state: S;
  /** Deterministic ids for calls made by deterministic models: same conversation+turn+step → same id. */
  nextCallId(): string;
  /**
   * Said first when this turn ends with a person (an emergency screen sets "call 911 now"): the
   * customer must read it before the hand-over message.
   */
  escalationNotice?: string | null;
  /** What the handoff policy knows of the conversation (counts, last transfer), read-only for models. */
  readonly view?: PolicyView<S>;
};

/** A model Switchboard calls with the running turn; the SDK's own calls pass none. Any `Model` is one. */
export interface TurnAwareModel extends Model {
  getResponse(request: ModelRequest, turn?: TurnScope<any>): Promise<ModelResponse>;
  getStreamedResponse(request: ModelRequest, turn?: TurnScope<any>): AsyncIterable<StreamEvent>;
}

/*
 * A symbol key inside `providerData`: object spreads (every merge of model settings in the SDK) copy it,
 * JSON leaves it out (a provider spreads `providerData` into its request body), and `providerData` is
 * what survives the narrowing of settings handed to a nested run. If a future SDK drops it, the
 * governed model refuses to run without a turn instead of running ungoverned (src/runtime/governedModel.ts).
 */
const TURN = Symbol('switchboard.turn');

/** Run-level model settings that carry `turn` to every model call of the run. */
export function turnModelSettings(turn: TurnScope<any>): ModelSettings {
  return { providerData: { [TURN]: turn } as Record<string, unknown> };
}

/** The turn a request serves, when it comes from a run with `turnModelSettings`. */
export function turnOfRequest(request: ModelRequest): TurnScope<any> | undefined {
  return (request.modelSettings?.providerData as { [TURN]?: TurnScope<any> } | undefined)?.[TURN];
}
