import { MONTHS } from './calendarWords.ts';
import { UNIT_ORDINALS } from './numberWords.ts';

/**
 * A day of the month said without its month: "the twelfth", "on the 3rd", "next Friday the 12th",
 * "the Thursday before, the twelfth". People say these about the month in hand: a booking on 13 June
 * moved to "the twelfth" is 12 June. So the month is the one of the date the conversation is about
 * (`near`: an upcoming date the state holds, e.g. the booking being moved), else the next such day from
 * today. A weekday said with it picks the first month (from there on) whose day falls on that weekday.
 *
 * Picks are not dates: "the second one", "the first option", and "the first"/"the second"/"the third"
 * alone (the pick readers' words) count only after "on" or a weekday ("on the first", "Friday the 3rd").
 */

const UNIT_ORDINAL_WORDS = Object.keys(UNIT_ORDINALS);
const TEEN_ORDINALS = [
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
] as const;

/** Ordinal words of the days of a month, and their day: "twelfth" 12, "twenty-first" 21. */
const ORDINAL_DAYS: ReadonlyMap<string, number> = new Map<string, number>([
  ...UNIT_ORDINAL_WORDS.map((w, i): [string, number] => [w, i + 1]),
  ...TEEN_ORDINALS.map((w, i): [string, number] => [w, i + 10]),
  ['twentieth', 20],
  ['thirtieth', 30],
  // "twenty first", "twenty-first", and "20 first" (speech-to-text writes the tens as digits).
  ...UNIT_ORDINAL_WORDS.flatMap((w, i): [string, number][] => [
    [`twenty ${w}`, 21 + i],
    [`twenty-${w}`, 21 + i],
    [`20 ${w}`, 21 + i],
  ]),
  ['thirty first', 31],
  ['thirty-first', 31],
  ['30 first', 31],
]);

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const ORDINAL_WORDS = [...ORDINAL_DAYS.keys()].sort((a, b) => b.length - a.length).join('|');
/**
 * A month with its day said after it ("july fourth", "june 19th", "march the twelfth"), as a pattern's
 * source: where a birth date said aloud starts, so that a name said before it ends there.
 */
export const MONTH_AND_DAY_SAID = String.raw`\b(?:${MONTHS.join('|')})\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?|${ORDINAL_WORDS})\b`;
/** What a pick names: "the second one", "the first option", "the third of those". */
const PICK_NOUN = /^\s*(?:one|ones|option|options|slot|slots|time|times|choice|of (?:those|them|these))\b/;
/** The words a pick reader takes alone: "the second" is a pick unless said as a day ("on the second"). */
const PICK_WORDS = new Set(['first', 'second', 'third']);
const DAY = 86_400_000;

/** The day of the month said, and whether it was said as a day (after "on" or a weekday). */
function saidDay(lower: string): { day: number; asDay: boolean; weekday?: number } | undefined {
  const weekday = `(?:(${WEEKDAYS.join('|')})\\s*,?\\s*)?`;
  const pattern = new RegExp(
    `(\\bon\\s+)?${weekday}\\bthe\\s+(\\d{1,2}(?:st|nd|rd|th)|${ORDINAL_WORDS})\\b|\\b(${WEEKDAYS.join('|')})\\s+(\\d{1,2}(?:st|nd|rd|th))\\b`,
    'g',
  );
  for (const match of lower.matchAll(pattern)) {
    const [whole, on, day1, said1, day2, said2] = match;
    const said = said1 ?? said2;
    const after = lower.slice((match.index ?? 0) + whole.length);
    if (PICK_NOUN.test(after)) continue;
    const day = ORDINAL_DAYS.get(said) ?? Number.parseInt(said, 10);
    if (day === undefined || day < 1 || day > 31) continue;
    const named = day1 ?? day2;
    // "the Thursday before, the twelfth": a weekday said just before counts too.
    const close = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b(?:\\W+\\w+){0,2}\\W*$`);
    const earlier = named ?? lower.slice(0, match.index).match(close)?.[1];
    const asDay = on !== undefined || named !== undefined || /^\d/.test(said) || !PICK_WORDS.has(said);
    return { day, asDay, weekday: earlier === undefined ? undefined : WEEKDAYS.indexOf(earlier) };
  }
  return undefined;
}

/** The date in the month of `from` with that day, if the month has it. */
function inMonth(year: number, month: number, day: number): number | undefined {
  const ms = Date.UTC(year, month, day);
  return new Date(ms).getUTCDate() === day ? ms : undefined;
}

/**
 * The date a day of the month said alone means, as YYYY-MM-DD, or undefined. `today` is the clock's
 * day (UTC ms); `near` an upcoming date the conversation is about (YYYY-MM-DD), if any.
 */
export function dayOfMonthDate(lower: string, today: number, near?: string): string | undefined {
  const said = saidDay(lower);
  if (!said?.asDay) return undefined;
  const nearMs = near && /^\d{4}-\d{2}-\d{2}$/.test(near) ? Date.parse(`${near}T00:00:00Z`) : Number.NaN;
  const start = new Date(Number.isFinite(nearMs) && nearMs >= today ? nearMs : today);
  // Three years of months is enough to find any day of the month on any weekday.
  for (let k = 0; k < 36; k++) {
    const ms = inMonth(start.getUTCFullYear(), start.getUTCMonth() + k, said.day);
    if (ms === undefined || ms < today) continue;
    if (said.weekday !== undefined && new Date(ms).getUTCDay() !== said.weekday) continue;
    return new Date(ms).toISOString().slice(0, 10);
  }
  return undefined;
}

/** An upcoming date the state holds (the booking being changed): the month a day alone is said in. */
export function upcomingStateDate(state: Record<string, unknown> | undefined, now: Date): string | undefined {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const dates = Object.values(state ?? {}).filter(
    (v): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v),
  );
  return dates.find((d) => Date.parse(`${d}T00:00:00Z`) >= today - DAY / 2);
}

/**
 * "Tuesday is no good after all, can you push it to Wednesday?": of two weekdays said, the one the
 * change goes to ("to", "for", "till", "until" before it) is the day meant, not the first one said.
 * Undefined unless the message names two or more weekdays and one of them so.
 */
export function movedToWeekday(lower: string): RegExpMatchArray | undefined {
  const days = [...lower.matchAll(new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'g'))];
  if (days.length < 2) return undefined;
  return [...lower.matchAll(new RegExp(`\\b(to |for |till |until )(${WEEKDAYS.join('|')})\\b`, 'g'))].at(-1);
}

/** Month words that are also verbs ("I may first call", "march"): a day beside them must look like a date. */
const VERB_MONTHS = /^(?:may|mar|march)$/;

/**
 * "march twelfth 1984", "the twelfth of March", "September the fourteenth": a day said as an ordinal word
 * beside its month, written in digits ("march 12th 1984") so that a date reader reads it; a birth date
 * said aloud ("march twelfth nineteen eighty four") was never read, and the question asked again. Beside
 * a month that is also a verb only with a year after it or "the"/"of" around it ("I may first call").
 */
export function ordinalDaysBesideMonths(lower: string, monthWords: string): string {
  const year = String.raw`(,?\s+\d{4}\b)?`;
  const monthFirst = new RegExp(`\\b(${monthWords})(\\.?\\s+)(the\\s+)?(${ORDINAL_WORDS})\\b${year}`, 'g');
  const dayFirst = new RegExp(`\\b(the\\s+)?(${ORDINAL_WORDS})(\\s+)(of\\s+)?(${monthWords})\\b${year}`, 'g');
  const digits = (word: string) => `${ORDINAL_DAYS.get(word)}th`;
  return lower
    .replace(monthFirst, (whole, month: string, gap: string, the, word: string, dated = '') =>
      VERB_MONTHS.test(month) && !the && !dated ? whole : `${month}${gap}${digits(word)}${dated}`,
    )
    .replace(dayFirst, (whole, the, word: string, gap: string, of, month: string, dated = '') =>
      VERB_MONTHS.test(month) && !the && !of && !dated
        ? whole
        : `${digits(word)}${gap}${of ?? ''}${month}${dated}`,
    );
}
