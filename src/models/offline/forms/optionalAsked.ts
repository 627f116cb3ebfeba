import type { FunctionTool } from '../modelItems.ts';

/**
 * "Which day would you like instead?", asked for a move's optional `newDate` before the change
 * (beforeTheChange.ts): the reply ("friday at 3pm") is for the one change that takes that value. With no
 * tool requiring it, nothing was waiting for the answer, and a day with a time read as a new booking.
 */
export function changeTakingAsked(
  property: string,
  available: readonly FunctionTool[],
  changesData: (toolName: string) => boolean,
): FunctionTool | undefined {
  const takers = available.filter(
    (t) =>
      changesData(t.name) &&
      property in (((t.parameters ?? {}) as { properties?: Record<string, unknown> }).properties ?? {}),
  );
  return takers.length === 1 ? takers[0] : undefined;
}
