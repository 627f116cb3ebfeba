import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Per-turn state reachable from anywhere inside an SDK run (models, tools, handoff callbacks)
 * without threading it through the SDK. Models are shared between conversations, so they must read
 * the conversation they serve from here, never from instance fields.
 */
export type TurnScope<S = Record<string, unknown>> = {
  conversationId: string;
  graphName: string;
  turn: number;
  /** The conversation's structured context; mutated in place by tools. */
  state: S;
  /** Deterministic ids for calls made by deterministic models: same conversation+turn+step → same id. */
  nextCallId(): string;
};

const storage = new AsyncLocalStorage<TurnScope<any>>();

export function runInTurnScope<T>(scope: TurnScope<any>, fn: () => Promise<T>): Promise<T> {
  return storage.run(scope, fn);
}

export function currentTurn<S = Record<string, unknown>>(): TurnScope<S> | undefined {
  return storage.getStore() as TurnScope<S> | undefined;
}
