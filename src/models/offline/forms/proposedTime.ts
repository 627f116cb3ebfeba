import type { JsonSchema } from '../argumentExtraction.ts';
import type { FunctionTool } from '../modelItems.ts';
import { describeProperty } from '../propertyKinds.ts';
import { findTimeOfDay } from './slotValues.ts';

/** A request put as a question: "could it be…", "can we do…", "how about…". */
const PUT_AS_A_QUESTION =
  /^\s*(?:(?:ok(?:ay)?|hmm+|um+|so|and)\b[\s,]*)*(?:could|can|would|how about|what about)\b/i;

/**
 * "Could it be earlier the same day, at 8:30 in the morning?" to a move's "Which day would you like
 * instead?": a question that puts a clock time to the change under way proposes that time, so the reply is
 * the change's. "morning" had chosen the openings search instead, and the appointment looked up for the
 * move's read-back was shown without it (dev29). "what have you got in the morning?" names no time and
 * stays a question for the look-up.
 */
export function proposesTime(change: FunctionTool, text: string): boolean {
  if (!PUT_AS_A_QUESTION.test(text) || findTimeOfDay(text) === undefined) return false;
  const properties = (change.parameters as JsonSchema | undefined)?.properties ?? {};
  return Object.entries(properties).some(
    ([name, raw]) => describeProperty(name, raw as JsonSchema).kind === 'time',
  );
}
