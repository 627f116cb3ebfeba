import type { ModelResponse, StreamEvent } from '@openai/agents-core';

/** How a routing decision was made: by the local router (with its confidence) or by an LLM. */
export type RoutingDecision = { path: 'local' | 'llm'; confidence: number | null };

/*
 * The decision travels with the transfer call it produced, from the routing model that made it to the
 * governed model that records it (`routing.decision`): a value, not a field of the turn that one file
 * sets and another clears. Kept beside the item, not in it, so nothing reaches the stored history or a
 * provider's request.
 */
const decisions = new WeakMap<object, RoutingDecision>();

/** `item` (a function call the model returns) as decided by `decision`. */
export function decided<T extends object>(item: T, decision: RoutingDecision): T {
  decisions.set(item, decision);
  return item;
}

/** Marks every function call of `response` as decided by `decision`. */
export function decidedResponse(response: ModelResponse, decision: RoutingDecision): ModelResponse {
  for (const item of response.output) if (item.type === 'function_call') decided(item, decision);
  return response;
}

/** Marks the function calls of a stream's final response as decided by `decision`. */
export async function* decidedStream(
  events: AsyncIterable<StreamEvent>,
  decision: RoutingDecision,
): AsyncIterable<StreamEvent> {
  for await (const event of events) {
    if (event.type === 'response_done')
      for (const item of event.response.output) if (item.type === 'function_call') decided(item, decision);
    yield event;
  }
}

/** The decision behind a function call, when a routing model made it. */
export function routingDecisionOf(item: object): RoutingDecision | undefined {
  return decisions.get(item);
}
