/**
 * The time of day a client asks for, read from their own words. The same reading rules as the salon
 * template's parser (each template is self-contained): "2pm", "14:30", "half past two", "at 3" (1 to 7
 * o'clock without am/pm means the afternoon: viewings run 9:00 to 19:00).
 */

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const HOUR = '(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';

/** Words after a number that make it a count or a date, not a time: "for 2 people", "by 3 days". */
const NOT_A_TIME = '(?:hours?|minutes?|mins?|days?|weeks?|months?|people|persons?|of|th|st|nd|rd)\\b';

function hourValue(word: string): number {
  return /^\d/.test(word) ? Number(word) : NUMBER_WORDS[word];
}

/** Without am/pm, 1 to 7 o'clock means the afternoon. */
function clock(hour: number, minute: number, meridiem?: string): number | undefined {
  if (minute > 59) return undefined;
  let h = hour;
  if (meridiem?.startsWith('p') && h < 12) h += 12;
  else if (meridiem?.startsWith('a') && h === 12) h = 0;
  else if (!meridiem && h >= 1 && h <= 7) h += 12;
  return h >= 0 && h <= 23 ? h * 60 + minute : undefined;
}

/**
 * The time of day a message asks for, in minutes after midnight: "14:30", "2pm", "2.30 pm",
 * "half past two", "quarter to 11", "at 3", "noon". When several are named the last wins ("move my
 * 2pm to 4pm" → 16:00). Dates, references and phone numbers are removed first.
 */
export function parseTimeOfDay(text: string | null | undefined): number | undefined {
  const lower = ` ${(text ?? '').toLowerCase()} `
    .replace(/\b[a-z]{2,8}-?\d{2,}\b/g, ' ')
    .replace(/\d{4}-\d{2}-\d{2}/g, ' ')
    .replace(/\+?\d[\d ()-]{6,}\d/g, ' ')
    .replace(/a\.m\./g, 'am')
    .replace(/p\.m\./g, 'pm');
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
}
