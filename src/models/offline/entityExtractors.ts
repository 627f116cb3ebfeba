/**
 * Pattern-based finders for the values a tool argument usually needs: references, money, dates, emails,
 * phone numbers, person names, enum values, numbers. Each returns undefined rather than guessing.
 * Dates are computed in UTC from an explicit clock so the same text and clock always give the same date.
 */

import {
  DAY_GONE_TO,
  DAY_OF_MONTH_GONE_TO,
  DAY_TAKEN_BACK,
  MONTHS,
  spellOutTextingDays,
  WEEKDAY_AFTER_IT,
  WEEKDAY_OF_NEXT_WEEK,
  WEEKDAYS,
} from './calendarWords.ts';
import { dayOfMonthDate, movedToWeekday, ordinalDaysBesideMonths } from './dayOfMonth.ts';
import { SCALES, TEENS, TENS, UNITS } from './numberWords.ts';
import { valueByItsHead, valueByOtherName } from './otherNames.ts';
import { fieldOfPractitioner } from './practitioners.ts';
import { slipOf } from './spellingSlips.ts';
import { withFullBirthYears } from './twoDigitYears.ts';

export { findCompanyName, findPersonName } from './personNames.ts';

/** English number words the extractors read as digits (also the templates' clock hours, 1–12). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  'one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty fifty hundred'
    .split(' ')
    .map((word) => [word, UNITS[word] ?? TEENS[word] ?? TENS[word] ?? SCALES[word]]),
);

/** Patterns that are the ISO date's shape: a value that is a calendar date, whatever its name. */
const ISO_DATE_SHAPES = new Set(['\\d{4}-\\d{2}-\\d{2}', '[0-9]{4}-[0-9]{2}-[0-9]{2}']);

/** Reference-like tokens: INV-1042, ACC2001, CALL-77A. */
export const REFERENCE = /\b([A-Za-z]{2,8})-?(\d{2,}[A-Za-z0-9]*(?:-\d+)*)\b/g;

/**
 * A reference matching `pattern` if given, else a prefixed id whose prefix fits `prefix` (taken from an
 * example in the schema, e.g. "INV") or the start of `stem` (the property's subject, e.g. "invoice").
 */
export function findReference(
  text: string,
  hints: { pattern?: RegExp; prefix?: string; stem?: string; monthFirst?: boolean },
): string | undefined {
  if (hints.pattern) {
    const exact = text.match(hints.pattern)?.[0];
    if (exact !== undefined) return exact;
    // People type "call-981" for CALL-981: accept it when the upper-cased form fits the pattern.
    const loose = text.match(new RegExp(hints.pattern.source, 'i'))?.[0];
    if (loose !== undefined && hints.pattern.test(loose.toUpperCase())) return loose.toUpperCase();
    // A value of the date shape (a birth date, "1984-03-12") said as people say dates: "4 July 1990",
    // "june 19 1987". Only with the year: "next week" is no birth date.
    const birthShape = ISO_DATE_SHAPES.has(hints.pattern.source);
    if (birthShape) text = withFullBirthYears(text);
    const dated = birthShape && /\b\d{4}\b/.test(text);
    // Read from the part that has the year: "born July 4 1990, I need to see Dr. Okafor next week".
    // The date read there must be of that year: "sorry, it's 1952. September 14, 1952." has the year
    // alone first, and its "September 14" then read as of the epoch's year (1970).
    const order = hints.monthFirst ? 'month-first' : undefined;
    const ofItsYear = (p: string) => {
      const date = findBirthDate(p, order);
      return date !== undefined && p.includes(date.slice(0, 4)) ? date : undefined;
    };
    const parts = text.split(/[,;]|\s(?:and|but)\s/).filter((p) => /\b\d{4}\b/.test(p));
    const inPart = parts.map(ofItsYear).find((d) => d !== undefined);
    return dated ? (inPart ?? findBirthDate(text, order)) : undefined;
  }
  for (const match of text.matchAll(REFERENCE)) {
    const prefix = match[1].toLowerCase();
    if (hints.prefix && prefix !== hints.prefix.toLowerCase()) continue;
    if (!hints.prefix && hints.stem && !(hints.stem.startsWith(prefix) || prefix.startsWith(hints.stem)))
      continue;
    return match[0].toUpperCase();
  }
  // Typed with a space ("acc 1010") or after the reference's own word ("invoice #2041"): only with the
  // schema's prefix, never a word and a number apart ("at 1010") nor a phone ("call 07700 900303").
  if (!hints.prefix) return undefined;
  const said = `(?:${hints.prefix}|${hints.stem ?? hints.prefix}s?\\s*(?:number|no\\.?|num)?\\s*#?)`;
  const spaced = text.match(new RegExp(`\\b${said}\\s*(\\d{3,})\\b(?![\\s.-]*\\d)`, 'i'));
  return spaced ? `${hints.prefix.toUpperCase()}-${spaced[1]}` : undefined;
}

/**
 * "how much is another seat?", "one more user seat": a plural value ("seats") said once, after a word
 * that counts it. Only after such a word: "my account number" names no "numbers".
 */
const COUNTS_ONE = '(?:a|an|one|another|per|each|every|extra|additional|more)';

function countedOne(lower: string, value: string): boolean {
  const spoken = value.toLowerCase();
  if (!/^[a-z]{4,}s$/.test(spoken)) return false;
  return new RegExp(` ${COUNTS_ONE}(?: [a-z]+)? ${spoken.slice(0, -1)} `).test(lower);
}

/** Lower case, words only, padded: how a value and the text it is looked for in are compared. */
const spokenForm = (text: string) => ` ${text.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;

/** The allowed values said as whole words in the text, with where each is said. */
export function valuesSaid(text: string, values: readonly string[]): { value: string; at: number }[] {
  const lower = spokenForm(text);
  return values.flatMap((value) => {
    const spoken = spokenForm(String(value)).trim();
    const at = spoken === '' ? -1 : lower.indexOf(` ${spoken} `);
    return at === -1 ? [] : [{ value, at }];
  });
}

/**
 * What a change goes to: "to pro", "down to the Growth plan", "onto our Scale tier", "make it Growth
 * instead", "let's go with Growth" (the value said right after it is the new one, whatever was said
 * before: "Scale is way more than we need. Can you make it Growth instead?" had been read back as Scale).
 */
const GOES_TO = / (?:to|into|onto|make it|make that|go with|go for|stick with)(?: (?:the|a|an|our|my))?$/;

/** An allowed value mentioned in the text; "upgrade from basic to pro" picks the one after "to". */
export function findEnumValue(text: string, values: readonly string[]): string | undefined {
  const lower = spokenForm(text);
  const found = valuesSaid(text, values).map((f) => ({
    ...f,
    afterTo: GOES_TO.test(lower.slice(0, f.at)),
  }));
  found.sort((a, b) => Number(b.afterTo) - Number(a.afterTo) || a.at - b.at);
  if (found.length > 0) return found[0].value;
  const counted = values.find((v) => countedOne(lower, String(v)));
  if (counted !== undefined) return counted;
  const practised = fieldOfPractitioner(text, values);
  if (practised !== undefined) return practised;
  // "my levothyroxin refil": a long one-word value typed with one slip (spellingSlips.ts).
  const words = lower.trim().split(' ');
  const slipped = values.find((v) => slipOf(String(v).toLowerCase(), words) !== undefined);
  return slipped ?? valueByOtherName(text, values) ?? valueByItsHead(text, values);
}

/** The number of a street address ("12 Oak Lane", "220 river rd"): never a count of anything. */
export const HOUSE_NUMBER =
  /\b\d+[a-z]?\s+(?!(?:bed|beds|bedrooms?|bath|baths|bathrooms?)\b)(?:[a-z]+\s+){1,3}(?:street|st|road|rd|lane|ln|avenue|ave|drive|dr|court|ct|way|place|pl|close|crescent|terrace|boulevard|blvd|row|walk|parkway|pkwy|highway|hwy|circle|cir|trail|mews|gardens|grove|green|view|square)\b/gi;
/** A property that holds a street address ("addressDescription"), not an email address. */
export const STREET_ADDRESS_PROPERTY = /^(?!.*e-?mail).*address/i;
/** A flat's number in an address ("unit 4", "apt 2B", "#12"): no count of bedrooms. */
export const APARTMENT_NUMBER = /(?:\b(?:unit|apt|apartment|suite|ste)\.?|#)\s*\d+[a-z]?\b/gi;
/** A street address, matched once per test (HOUSE_NUMBER is global, for finding every one). */
export const STREET_ADDRESS = new RegExp(HOUSE_NUMBER.source, 'i');

/** Dates written in digits ("3/12/1984", "1984-03-12"): no count, amount or tool's word. */
export const DIGIT_DATES = /\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b/g;

export function findBoolean(text: string): boolean | undefined {
  if (/\b(yes|yeah|yep|sure|correct|true|please do)\b/i.test(text)) return true;
  if (/\b(no|nope|false|don't|do not)\b/i.test(text)) return false;
  return undefined;
}

/** Months as people write them: "sept 14", "14 Jun 1987" (`may` is already the whole word). */
const MONTH_ABBREVIATIONS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];
const MONTH_WORDS = [...MONTHS, 'sept', ...MONTH_ABBREVIATIONS].join('|');

function monthIndex(word: string): number {
  return word === 'sept' ? 8 : Math.max(MONTHS.indexOf(word), MONTH_ABBREVIATIONS.indexOf(word));
}

/** A numeric date with a four-digit year, however its day and month are ordered ("03/12/1984"). */
export const NUMERIC_DATE = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/;

/**
 * "19/06/1987", "6-19-1987": a numeric date with a four-digit year, read only when it cannot be read
 * two ways (one part above 12). "03/04/1984" is left unread, and the question is asked again, rather
 * than guessed: a wrong birth date fails a verification the customer would pass. Unless the value's
 * description says its customers write dates month first (`order`: a US clinic), then read so.
 */
function numericDate(
  lower: string,
  order?: 'month-first',
): { month: number; date: number; year: string } | undefined {
  const m = lower.match(NUMERIC_DATE);
  if (!m) return undefined;
  const [a, b] = [Number(m[1]), Number(m[2])];
  if (a > 12 && b >= 1 && b <= 12) return { month: b - 1, date: a, year: m[3] };
  if (b > 12 && a >= 1 && a <= 12) return { month: a - 1, date: b, year: m[3] };
  if (order === 'month-first' && a >= 1 && a <= 12 && b >= 1 && b <= 12)
    return { month: a - 1, date: b, year: m[3] };
  return undefined;
}

/** A calendar date as YYYY-MM-DD: ISO, today/tomorrow, weekdays, "in 3 days", "March 5", "5 March". */
export function findDate(text: string, now: Date, order?: 'month-first', near?: string): string | undefined {
  // "not Friday, I meant Saturday 21 June": the day taken back is no day said (it had read back "Friday
  // 21 June 2030", the year in which the 21st is a Friday, and moved the booking there).
  const lower = spellOutTextingDays(text.toLowerCase()).replace(DAY_TAKEN_BACK, ' ');
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const day = 86_400_000;
  // "…can it be friday instead", "move APT-5001 to Thursday": the day a change goes to beats any other
  // day said with it ("my appointment next week", a birth date given with the request).
  // "can I do the Thursday after instead?" about a booking on Tuesday 10 June: the Thursday after it (it
  // moved the booking to the coming Thursday, six months earlier; a QA probe).
  const after = near ? lower.match(WEEKDAY_AFTER_IT) : null;
  if (near && after) {
    const from = Date.parse(`${near}T00:00:00Z`);
    const target = WEEKDAYS.indexOf(after[1] ?? after[2]);
    if (!Number.isNaN(from))
      return isoDate(from + ((target - new Date(from).getUTCDay() + 7) % 7 || 7) * day);
  }
  const goesTo = lower.match(DAY_GONE_TO);
  if (goesTo) {
    const target = WEEKDAYS.indexOf(goesTo[1] ?? goesTo[2] ?? goesTo[3]);
    // "Could it go to the Saturday instead, the 14th?": the day of the month said with it says which
    // Saturday (the booking on Friday 13 June 2031 had been moved to the coming one, in December 2026).
    const dated = dayOfMonthDate(lower, today, near);
    if (dated && new Date(`${dated}T00:00:00Z`).getUTCDay() === target) return dated;
    return isoDate(today + ((target - now.getUTCDay() + 7) % 7 || 7) * day);
  }
  // "push my colour on the 13th of June to Tuesday the 17th": the day of the month a change goes to,
  // said after "to", beats the date it moves from (said before it, it gives the month when the
  // conversation holds none).
  const dayGoneTo = lower.match(DAY_OF_MONTH_GONE_TO);
  const toNamedMonth = (at: number) => new RegExp(`\\b(?:${MONTH_WORDS})\\b`).test(lower.slice(at));
  if (dayGoneTo?.index !== undefined && dayGoneTo.index > 0) {
    const at = dayGoneTo.index;
    // "…to the 20th of July": the date said after "to", month and all.
    if (toNamedMonth(at)) return findDate(lower.slice(at), now, order, near);
    // A date said before it with its year ("Friday 13th June 2031 … to the next day, Saturday 14th") is
    // the one moved from, whatever upcoming date the conversation holds.
    const before = lower.slice(0, at);
    const from =
      (/\b20\d\d\b/.test(before) ? findDate(before, now, order) : undefined) ??
      near ??
      findDate(before, now, order);
    const moved = dayOfMonthDate(lower.slice(at), today, from);
    if (moved) return moved;
  }
  // A date years before today said beside a request is a birth date, never the day asked for (with a
  // clock: a birth date itself is read with none).
  const iso = [...text.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)].find(
    (m) => now.getTime() <= 0 || Date.parse(`${m[0]}T00:00:00Z`) >= today - 366 * day,
  );
  if (iso) return iso[0];
  if (/\bday after tomorrow\b/.test(lower)) return isoDate(today + 2 * day);
  if (/\btomorrow\b/.test(lower)) return isoDate(today + day);
  if (/\btoday\b|\btonight\b/.test(lower)) return isoDate(today);
  if (/\byesterday\b/.test(lower)) return isoDate(today - day);
  const relative = lower.match(/\bin (\d+|[a-z]+) (day|week)s?\b/);
  if (relative) {
    const n = /^\d/.test(relative[1])
      ? Number(relative[1])
      : (NUMBER_WORDS[relative[1]] ?? (relative[1] === 'a' ? 1 : NaN));
    if (Number.isFinite(n)) return isoDate(today + n * (relative[2] === 'week' ? 7 : 1) * day);
  }
  const ofNextWeek = lower.match(WEEKDAY_OF_NEXT_WEEK);
  if (ofNextWeek) {
    // Weeks run Monday to Sunday: the coming Monday, then the weekday's place in that week.
    const monday = today + ((8 - now.getUTCDay()) % 7 || 7) * day;
    return isoDate(monday + ((WEEKDAYS.indexOf(ofNextWeek[1] ?? ofNextWeek[2]) + 6) % 7) * day);
  }
  if (/\bnext week\b/.test(lower)) return isoDate(today + 7 * day);
  // A named date ("June 18 2031", "19 June") is more precise than a weekday said with it.
  const named = namedDate(lower, now, order, near);
  if (named) return named;
  // "the twelfth", "next Friday the 12th": in the month in hand (dayOfMonth.ts).
  const dayOfMonth = dayOfMonthDate(lower, today, near);
  if (dayOfMonth) return dayOfMonth;
  const weekday =
    movedToWeekday(lower) ?? lower.match(new RegExp(`\\b(next |this |on )?(${WEEKDAYS.join('|')})\\b`));
  if (weekday) {
    const target = WEEKDAYS.indexOf(weekday[2]);
    // "Monday" / "next Monday" on a Monday mean the coming one, never today.
    const ahead = (target - now.getUTCDay() + 7) % 7 || 7;
    // "saturday week", "a week on saturday": the one after the coming one (it booked tomorrow's Saturday).
    const weekOn = new RegExp(`\\b${weekday[2]}\\s+week\\b|\\ba week (?:on|from) ${weekday[2]}\\b`).test(
      lower,
    );
    return isoDate(today + (ahead + (weekOn ? 7 : 0)) * day);
  }
  return undefined;
}

/** The day and month said, and the year when one is. */
function namedDay(
  said: string,
  order?: 'month-first',
): { month: number; date: number; year?: string } | undefined {
  // "the 30 of August of 1993": the year after "of", as learners of English put it ("30 de agosto de 1993").
  const lower = ordinalDaysBesideMonths(said, MONTH_WORDS);
  const monthFirst = lower.match(
    new RegExp(`\\b(${MONTH_WORDS})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(?:of\\s+)?(\\d{4})\\b)?`),
  );
  const dayFirst = lower.match(
    new RegExp(
      `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_WORDS})\\b\\.?(?:,?\\s+(?:of\\s+)?(\\d{4})\\b)?`,
    ),
  );
  const named = monthFirst
    ? { month: monthIndex(monthFirst[1]), date: Number(monthFirst[2]), year: monthFirst[3] }
    : dayFirst
      ? { month: monthIndex(dayFirst[2]), date: Number(dayFirst[1]), year: dayFirst[3] }
      : numericDate(lower, order);
  return !named || named.date < 1 || named.date > 31 ? undefined : named;
}

/**
 * A date said by its month and day, or in numbers ("June 18 2031", "19 June", "06/19/1987"). Without a
 * year, the year of the date in hand (`near`: the booking being moved) when that is still to come, else
 * this year or the next; and when a weekday is said with it ("the Saturday after, 14 June"), the first
 * such year in which the date falls on that weekday (a move of a June 2031 booking to "Saturday 14 June"
 * went to Monday 14 June 2027, a closed day, dev15-salon-07).
 */
function namedDate(said: string, now: Date, order?: 'month-first', near?: string): string | undefined {
  const named = namedDay(said, order);
  if (!named) return undefined;
  if (named.year) return isoDate(Date.UTC(Number(named.year), named.month, named.date));
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const nearYear = near && /^\d{4}-/.test(near) ? Number(near.slice(0, 4)) : undefined;
  let year =
    nearYear !== undefined && Date.UTC(nearYear, named.month, named.date) >= today
      ? nearYear
      : now.getUTCFullYear();
  // A date already past this year means next year's.
  if (Date.UTC(year, named.month, named.date) < today) year += 1;
  const weekday = WEEKDAYS.findIndex((d) => new RegExp(`\\b${d}\\b`).test(said));
  if (weekday >= 0) {
    // Every weekday comes round on a given date within 11 years.
    for (let y = year; y < year + 11; y++) {
      if (new Date(Date.UTC(y, named.month, named.date)).getUTCDay() === weekday)
        return isoDate(Date.UTC(y, named.month, named.date));
    }
  }
  return isoDate(Date.UTC(year, named.month, named.date));
}

/** "born 30 May 2015", "dob 3/12/1984": a birth date said as one, up to its year. */
const BIRTH_DATE_SAID =
  /\b(?:born|dob|d\.o\.b\.?|date of birth|birth ?date|birthday)\b.{0,30}?(?:\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b(?:19|20)\d{2}\b)/gi;

/** The text without the birth dates it says as such: no day to book, search or move to. */
export function withoutBirthDates(text: string): string {
  return text.replace(BIRTH_DATE_SAID, ' ');
}

/**
 * A birth date as said, with its year: ISO, by month and day, or in numbers. Never a day counted from
 * today: "born 14 September 1952. I need to move my knee rehab session to Thursday" was read as the
 * Thursday after the epoch (1970-01-08), as "to Thursday" wins in a request, and verification failed.
 */
export function findBirthDate(text: string, order?: 'month-first'): string | undefined {
  // "born 7/4/1990. I need to move my mole check to Wednesday December 9": what follows "born" first.
  const said = text.match(/\b(?:born|dob|d\.o\.b\.?|date of birth|birthday)\b[^;!?]*?(?=\.\s|[;!?]|$)/i)?.[0];
  const iso = text.match(/\b\d{4}-\d{2}-\d{2}\b/)?.[0];
  // Only with its year: a birth date without one had been put in 1970 ("born the 30 of August of 1993",
  // its year unread, was checked as 30 August 1970).
  const withItsYear = (t: string) => {
    const day = namedDay(t.toLowerCase(), order);
    return day?.year ? isoDate(Date.UTC(Number(day.year), day.month, day.date)) : undefined;
  };
  return iso ?? (said && withItsYear(said)) ?? withItsYear(text);
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
