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

/** A result that lists several things to pick from (openings, records) rather than finding one. */
export function listsSeveral(output: unknown): boolean {
  return (
    output !== null &&
    typeof output === 'object' &&
    Object.values(output).some((v) => Array.isArray(v) && v.length > 1)
  );
}

/** The records a tool's result lists (its arrays of objects): openings, viewings, appointments. */
export function listedRecords(output: unknown): Record<string, unknown>[] {
  if (output === null || typeof output !== 'object') return [];
  return Object.values(output)
    .filter(Array.isArray)
    .flatMap((items) =>
      items.filter((i): i is Record<string, unknown> => i !== null && typeof i === 'object'),
    );
}
