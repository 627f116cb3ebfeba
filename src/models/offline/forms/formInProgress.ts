import type { NormalizedAgent } from '../../../graph/types.ts';
import { askableProperties, recognizeAsked } from '../askedQuestions.ts';
import type { Exchange } from '../conversationView.ts';
import type { FunctionTool } from '../modelItems.ts';

/** How many questions back a form is read: a booking asks for time, name, then number. */
const FORM_QUESTIONS = 4;

/**
 * Of the tools that take the value just asked for, the ones whose form it is: those that also take
 * every value asked for in the questions straight before it. "And a mobile number?" after "What name
 * should I put the booking under?" is the booking's number, not one to look a booking up by — both
 * take a phone, only the booking a name. Falls back to all of `waiting` when none takes them all.
 */
export function toolsOfTheFormInProgress(
  waiting: readonly FunctionTool[],
  agent: NormalizedAgent | undefined,
  exchanges: readonly Exchange[],
): readonly FunctionTool[] {
  if (waiting.length < 2) return waiting;
  const properties = askableProperties(agent, waiting);
  const before: string[] = [];
  for (const exchange of exchanges.slice(0, -1).reverse().slice(0, FORM_QUESTIONS)) {
    const asked = recognizeAsked(agent, properties, [], exchange.asked);
    if (asked?.kind !== 'argument') break;
    before.push(asked.property);
  }
  const takes = (t: FunctionTool, p: string) =>
    p in ((t.parameters as { properties?: Record<string, unknown> })?.properties ?? {});
  const fits = waiting.filter((t) => before.every((p) => takes(t, p)));
  return fits.length > 0 ? fits : waiting;
}
