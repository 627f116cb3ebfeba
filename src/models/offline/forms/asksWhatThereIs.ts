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
