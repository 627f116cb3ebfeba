import type { JsonSchema } from '../argumentExtraction.ts';
import { describeProperty } from '../propertyKinds.ts';
import { pickedIndex } from './picks.ts';

/**
 * A question whether there is something (else) to choose: "do you have anything on Tuesday?", "is there
 * any opening Friday", "anything later?", "have you got something in the morning", "is Saturday free?".
 * Not a change proposed as a question ("could we do the 12th instead, same time?" moves the booking
 * looked up, which the state rightly holds).
 */
const ASKS_WHAT_THERE_IS = new RegExp(
  [
    String.raw`\b(?:do|does)\s+(?:you|he|she|they|(?:dr|doctor)\.?\s+\w+)\s+(?:still\s+)?have\s+(?:any|anything|something|openings?|slots?|times?|availability|room|space)\b`,
    String.raw`\b(?:is|are)\s+there\s+(?:any|anything|something|an?)\b`,
    String.raw`^(?:\W*(?:and|or|so|ok|okay|hmm|um|what about)\W+)*(?:any|anything)\b`,
    String.raw`\b(?:have\s+you|you)\s+got\s+(?:any|anything|something)\b`,
    String.raw`\bwhat\s+(?:else|other\s+\w+)\s+(?:do\s+you\s+have|is\s+there|have\s+you\s+got)\b`,
    String.raw`\b(?:is|are)\s+(?:\S+\s+){1,3}(?:free|available|open)\b`,
  ].join('|'),
  'i',
);

/** Whether the reply asks if there is something (else) to choose, rather than choosing. */
export function asksWhatThereIs(text: string): boolean {
  return ASKS_WHAT_THERE_IS.test(text);
}

/**
 * A tool that offers choices keeps the first one as "that one" (the clinic's openings put the first
 * slot in the state), so that a follow-up "book it" books it. A question that picks none of them is no
 * "book it": "Do you have anything on Tuesday December 1st in the morning?" booked the first opening
 * offered, for Saturday (a chat probe). Without the kept reference the change's form lists the choices
 * again, by what the question asks (chosenToolStep.ts: `listerFor`).
 *
 * Only references (a slot, an appointment): a kept name or day still fills its form. A question naming
 * the reference ("can I have SL-2025?") or picking ("could I get the first one?") is read as before.
 */
export function stateForReply(
  state: Record<string, unknown> | undefined,
  schema: JsonSchema,
  text: string,
): Record<string, unknown> | undefined {
  if (!state || !asksWhatThereIs(text) || pickedIndex(text, 3) !== undefined) return state;
  const kept = Object.entries(schema?.properties ?? {})
    .filter(([name, raw]) => describeProperty(name, raw as JsonSchema).kind === 'reference')
    .map(([name]) => name)
    .filter((name) => name in state);
  if (kept.length === 0) return state;
  return Object.fromEntries(Object.entries(state).filter(([k]) => !kept.includes(k)));
}
