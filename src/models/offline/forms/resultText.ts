import type { ToolResult } from '../conversationView.ts';

/**
 * What a tool's result said to the customer, if it said something. On its own so that the form
 * readers that need it (pendingRequests.ts, lookUpFirst.ts) do not import each other.
 */
export function resultText(result: ToolResult): string | undefined {
  const out = result.output;
  if (typeof out === 'string') return out;
  if (out && typeof out === 'object' && typeof (out as { message?: unknown }).message === 'string')
    return (out as { message: string }).message;
  return undefined;
}
