import type { AgentInputItem } from '@openai/agents-core';
import type { NormalizedGraph } from '../../graph/types.ts';
import { parseOutput } from './conversationView.ts';

/**
 * The agents that already passed the latest customer message on, read from the transfers in the input
 * (the model keeps no memory): the agent holding the conversation when the message came (the target of
 * the last transfer before it, else the entry agent), then every agent a transfer reached since, except
 * the last one (the agent deciding now). None when no transfer was made this turn.
 *
 * "want to sell my condo, can an agent ring me? Pat Doyle 555-0139" went Triage → SellerIntake →
 * CrmWriter; CrmWriter's router, seeing "sell" and "condo", sent it back to Triage, which had already
 * routed it away, and the message went round until it reached a person. A message is not sent back to an
 * agent that already passed it on: the governed model refuses A → B → A (ping-pong), and this is the
 * same rule for a longer circle.
 */
export function passedOnThisTurn(graph: NormalizedGraph, input: string | AgentInputItem[]): string[] {
  if (typeof input === 'string') return [];
  const items = input as Record<string, any>[];
  let holder = graph.entry;
  let path: string[] = [];
  for (const item of items) {
    const to = transferTo(item);
    if (to) path.push(to);
    else if ((item.type === undefined || item.type === 'message') && item.role === 'user') {
      holder = path.at(-1) ?? holder;
      path = [];
    }
  }
  // Nothing was passed on this turn: the agent deciding now holds the message it was given.
  return path.length === 0 ? [] : [holder, ...path.slice(0, -1)];
}

function transferTo(item: Record<string, any>): string | undefined {
  if (item.type !== 'function_call_result') return undefined;
  const output = parseOutput(item.output);
  return output &&
    typeof output === 'object' &&
    typeof (output as Record<string, unknown>).assistant === 'string'
    ? ((output as Record<string, unknown>).assistant as string)
    : undefined;
}
