/**
 * A part of the day said as when something began or lasted ("vomiting since this afternoon", "a fever
 * all evening", "it started this morning") tells the symptom's story, not when the caller wants to come
 * in: read as the part of the day wanted, a booking said two turns later ("can I bring him in
 * tomorrow?") was offered only afternoon openings. Such phrases are left out before a part-of-day value
 * (an enum with morning, afternoon, evening) is read; "tomorrow afternoon" and "anything in the
 * morning?" still name one.
 */
const PART_OF_DAY_PAST =
  /\b(?:since|all|throughout|during|(?:started|began|happened|earlier)(?:\s+(?:in|this|at))?)\s+(?:this\s+|the\s+|last\s+)?(?:morning|afternoon|evening|night)\b|\b(?:this|last)\s+(?:morning|afternoon|evening|night)\s+(?:i|he|she|we|they|it)\s+(?:was|started|had|got|felt|began)\b/gi;

/** "oh hello dear yes good morning I'm ringing about…": a greeting, not when the caller wants to come in. */
// "morning, have you got any room on saturday…" greets as well: the part of the day opening the message,
// before a comma and a sentence of its own ("morning, if possible" still answers "which part of the day?").
const GREETING =
  /\bgood\s+(?:morning|afternoon|evening)\b(?!\s+(?:slot|appointment|time|opening)s?\b)|^\W*(?:morning|afternoon|evening)(?:\s+all)?\s*[,!.]\s*(?=(?:have|do|does|can|could|is|are|i|i'?m|i'?d|we|my|just|hope|hi|hello|quick)\b)/gi;

/**
 * A time said as a bound names a part of the day: "after 5" or "after work" is the evening, "before
 * noon" the morning, "after lunch" the afternoon (callers ask for these, not for a clock time).
 */
const BOUNDS: readonly [RegExp, string][] = [
  [
    /\bafter\s+[5-9](?::\d{2})?(?:\s*(?:pm|p\.m\.|o'?clock))?(?!\s*(?:am|a\.m\.)|\d)|\bafter work\b/gi,
    'evening',
  ],
  [/\bbefore\s+(?:noon|midday|lunch(?:time)?|1[0-2](?::00)?(?:\s*(?:am|a\.m\.))?)(?!\s*pm|\d)/gi, 'morning'],
  [/\bafter\s+(?:noon|midday|lunch(?:time)?)\b/gi, 'afternoon'],
  // "first thing", "first thing in the morning": the day's first openings. "after school" (a parent
  // with a child's cut) is the late afternoon: an enum that has no such value reads its "afternoon".
  [/\bfirst thing(?:\s+in\s+the\s+morning)?\b/gi, 'morning'],
  [/\bafter\s+(?:school|the school run|pick ?up)\b/gi, 'late afternoon'],
];

/** Whether a message names a part of the day wanted ("tomorrow afternoon", "after work", "first thing"). */
export function namesPartOfDay(text: string): boolean {
  return partOfDayNamed(text) !== undefined;
}

/** The part of the day a message wants, first named: "afternoon" for "anything after work?". */
export function partOfDayNamed(text: string): string | undefined {
  return partsOfDayWanted(text)
    .match(/\b(?:morning|afternoon|evening)\b/i)?.[0]
    ?.toLowerCase();
}

/** Whether an enum's values are parts of the day. */
export function isPartOfDayEnum(values: readonly string[]): boolean {
  return values.includes('afternoon') && values.includes('morning');
}

/** The text a part-of-day value is read from: past parts of the day left out, bounds named. */
export function partsOfDayWanted(text: string): string {
  let said = text.replace(PART_OF_DAY_PAST, ' ').replace(GREETING, ' ');
  for (const [bound, part] of BOUNDS) said = said.replace(bound, ` ${part} `);
  return said;
}
