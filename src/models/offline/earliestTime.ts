/**
 * A time property that is the earliest a customer can come ("Only times at or after this"): read only
 * from the words that say so ("anything thursday after 4", "from 5pm on", "no earlier than 3"), never from
 * a time asked for ("thursday at 4" is that time, for the booking's own time property). Read as any other
 * time, "at 11" had filled it too, and the openings before 11 went unlisted.
 */
const LOWER_BOUND_PROPERTY = /\bat or after\b/i;
const EARLIEST_SAID =
  /\b(?:after|from|later than|no earlier than|not before)\s+((?:[01]?\d|2[0-3])(?::[0-5]\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?)(?!\s*(?:days?|weeks?|months?|years?|people|minutes?|mins?|hours?|%|th|st|nd|rd)\b)(?![\d:/-])/i;

/** Whether a property is such a lower bound, by its description. */
export function isEarliestTime(description: string): boolean {
  return LOWER_BOUND_PROPERTY.test(description);
}

/** The earliest time said in the newest message that says one ("after 4" → "after 4"), as said. */
export function earliestTimeSaid(messages: readonly string[]): string | undefined {
  for (const message of messages) {
    const m = EARLIEST_SAID.exec(message);
    if (m) return `after ${m[1].trim()}`;
  }
  return undefined;
}
