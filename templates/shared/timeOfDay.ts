/**
 * The time of day a caller asks for, read from their own words ("2pm", "14:30", "half past two",
 * "at 3"), and minutes after midnight read back ("14:30"). Every template reads times the same way;
 * what differs is said by each template in {@link TimeOfDayRules}.
 */

export interface TimeOfDayRules {
  /**
   * The template's own references ("GB-20310613-002", "LST-1004"), removed before reading: their digits
   * would otherwise be taken for a time. Dates, ISO days and phone numbers are always removed.
   */
  references: RegExp;
  /**
   * A bare hour from 1 up to this one, with no am/pm ("at 3"), means the afternoon. Set from the
   * template's opening hours: a salon open 09:00 to 20:00 never means 3 in the morning. 0 reads every
   * bare hour as written.
   */
  afternoonUpTo: number;
}

/** Clock hours said as words, one to twelve (a template reads times with the public API only). */
const HOUR_WORDS: Record<string, number> = Object.fromEntries(
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].map(
    (word, i) => [word, i + 1],
  ),
);
const HOUR = `(\\d{1,2}|${Object.keys(HOUR_WORDS).join('|')})`;

/** Words after a number that make it a count or a date, not a time: "for 2 people", "by 3 days". */
const NOT_A_TIME = '(?:hours?|minutes?|mins?|days?|weeks?|months?|people|persons?|of|th|st|nd|rd)\\b';

function hourValue(word: string): number {
  return /^\d/.test(word) ? Number(word) : HOUR_WORDS[word];
}

/**
 * A parser for one template's rules. It gives the time of day a message asks for, in minutes after
 * midnight: "14:30", "2pm", "2.30 pm", "half past two", "quarter to 11", "at 3", "noon". When several
 * are named the last wins ("move my 2pm to 4pm" → 16:00).
 */
export function timeOfDayParser(
  rules: TimeOfDayRules,
): (text: string | null | undefined) => number | undefined {
  const references = new RegExp(rules.references.source, 'g');

  function clock(hour: number, minute: number, meridiem?: string): number | undefined {
    if (minute > 59) return undefined;
    let h = hour;
    if (meridiem?.startsWith('p') && h < 12) h += 12;
    else if (meridiem?.startsWith('a') && h === 12) h = 0;
    else if (!meridiem && h >= 1 && h <= rules.afternoonUpTo) h += 12;
    return h >= 0 && h <= 23 ? h * 60 + minute : undefined;
  }

  // Most specific shapes first; each match is blanked out so "quarter to 11" is not read again as "to 11".
  const shapes: [RegExp, (m: RegExpMatchArray) => number | undefined][] = [
    [/\b(\d{1,2})[:.](\d{2})\s*(am|pm)?\b/g, (m) => clock(Number(m[1]), Number(m[2]), m[3])],
    [new RegExp(`\\bhalf (?:past )?${HOUR}\\b`, 'g'), (m) => clock(hourValue(m[1]), 30)],
    [new RegExp(`\\bquarter past ${HOUR}\\b`, 'g'), (m) => clock(hourValue(m[1]), 15)],
    [
      new RegExp(`\\bquarter to ${HOUR}\\b`, 'g'),
      (m) => {
        const t = clock(hourValue(m[1]), 0);
        return t === undefined ? undefined : t - 15;
      },
    ],
    [
      new RegExp(`\\b${HOUR}\\s*(am|pm|o'?clock)(?![a-z])`, 'g'),
      (m) => clock(hourValue(m[1]), 0, m[2].startsWith('o') ? undefined : m[2]),
    ],
    [
      new RegExp(`\\b(?:at|around|for|by|to|from) ${HOUR}(?![\\d:.]|\\s*${NOT_A_TIME})`, 'g'),
      (m) => clock(hourValue(m[1]), 0),
    ],
    [/\b(noon|midday|lunchtime)\b/g, () => 12 * 60],
  ];

  return (text) => {
    const lower = ` ${(text ?? '').toLowerCase()} `
      .replace(references, ' ')
      .replace(/\d{4}-\d{2}-\d{2}/g, ' ')
      .replace(/\+?\d[\d ()-]{6,}\d/g, ' ')
      .replace(/a\.m\./g, 'am')
      .replace(/p\.m\./g, 'pm');
    const found: { at: number; minutes: number }[] = [];
    let rest = lower;
    for (const [shape, read] of shapes) {
      for (const m of rest.matchAll(shape)) {
        const minutes = read(m);
        if (minutes !== undefined) found.push({ at: m.index ?? 0, minutes });
      }
      rest = rest.replace(shape, (match) => ' '.repeat(match.length));
    }
    if (found.length === 0) return undefined;
    // The last one named wins.
    return found.reduce((best, f) => (f.at > best.at ? f : best)).minutes;
  };
}

/** Minutes after midnight → "14:30" (870), "09:30" (570). */
export function formatTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Minutes after midnight of a stored clock time ("14:30" → 870). */
export function minutesOfClock(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + (m || 0);
}

/**
 * The earliest time a caller can come, from a bound as said ("after 4", "from 5pm", "not before 2"), in
 * minutes after midnight by the template's own reading of times; a bare hour is read as "at 4" is.
 */
export function earliestTimeOf(
  parse: (text: string) => number | undefined,
  said: string | null | undefined,
): number | undefined {
  if (!said?.trim()) return undefined;
  const text = said.replace(/^\s*(?:after|from|later than|no earlier than|not before)\s+/i, '').trim();
  return parse(/^\d{1,2}$/.test(text) ? `at ${text}` : text);
}
