import { MONTHS, WEEKDAYS } from './calendar.ts';

/**
 * Which of a caller's upcoming visits their words name: "my knee rehab session", "the cardiology one",
 * "my appointment on Tuesday", "the one with Dr. Patel on the 3rd". Shared by the clinic's and the
 * after-hours line's cancel and move tools, so a visit is found the same way everywhere.
 */

/** What a caller can tell one visit from another by: its day, and words (reason, department, doctor). */
export interface VisitFacts {
  /** YYYY-MM-DD */
  date: string;
  words: string;
  /** The visit's own reference ("SL-405"), when a caller may know it: said, it names the visit. */
  reference?: string;
}

/** Words that say nothing about which visit is meant ("I need to cancel my session"). */
const NOT_WHICH = new Set(
  (
    'cancel move reschedule change push need want appointment appointments session visit please would like ' +
    'that this with have doctor clinic instead next week booked booking thanks could can'
  ).split(' '),
);

const wordsOf = (text: string) =>
  (text.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !NOT_WHICH.has(w));

/** The same word, or one the other starts ("rehab" of "rehabilitation", "cardio" of "cardiology"). */
const sameWord = (a: string, b: string) =>
  a === b || (a.length >= 4 && b.startsWith(a)) || (b.length >= 4 && a.startsWith(b));

/** The day as a caller names it: its weekday and month ("tuesday", "december"). */
function dayWords(date: string): string[] {
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return [];
  return [WEEKDAYS[d.getUTCDay()].toLowerCase(), MONTHS[d.getUTCMonth()].toLowerCase()];
}

/** "the 3rd", "the 28th": a day of the month said as an ordinal (a bare number may be a time). */
const ordinalDays = (text: string) =>
  [...text.toLowerCase().matchAll(/\b(\d{1,2})(?:st|nd|rd|th)\b/g)].map((m) => Number(m[1]));

/** Month names as callers write them, full or cut to three letters ("june", "jun", "sept"). */
const MONTH_WORD = `(?:${MONTHS.map((m) => `${m.toLowerCase()}|${m.slice(0, 3).toLowerCase()}`).join('|')}|sept)`;

/**
 * "june 16", "16 june": a number beside a month name is a day of the month, not a time ("my monday june
 * 16 viewing" named no day, and both viewings were listed).
 */
const monthDays = (text: string) =>
  [
    ...text
      .toLowerCase()
      .matchAll(
        new RegExp(
          `\\b${MONTH_WORD}\\.?\\s+(\\d{1,2})\\b|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_WORD}\\b`,
          'g',
        ),
      ),
  ].map((m) => Number(m[1] ?? m[2]));

/**
 * "move my june 16 viewing to 4pm, same day": the day said is the visit's own, though it is also the day
 * it moves to (the move keeps it); it names the visit.
 */
const SAME_DAY = /\bsame (?:day|date)\b/i;

/**
 * The one visit the caller's words name best, when exactly one does; else undefined (the visits are
 * then listed to pick from). `except` is a day the words name as something else — the day a visit is
 * being moved to ("move my appointment to Friday") — whose weekday and month then name no visit.
 */
export function namedVisit<T>(
  visits: readonly T[],
  said: string | undefined,
  factsOf: (visit: T) => VisitFacts,
  except?: string,
): T | undefined {
  const byReference = visits.find((v) => {
    const reference = factsOf(v).reference;
    return reference !== undefined && said?.toUpperCase().replace(/\s+/g, '-').includes(reference) === true;
  });
  if (byReference) return byReference;
  // "cancel the viewing at 12 Summit Drive on June 14" under a number whose June 14 viewing is at 220
  // River Road: the address said is none of these visits, so none is meant (the day had picked River Road).
  const places = visits.map((v) => factsOf(v).words);
  if (namesAnotherPlace(said ?? '', places)) return undefined;
  // "cancel the one with Dr. Patel. The Whitfield one stays.": the visit said to stay is not the one meant.
  const meant = said?.replace(STAYS, ' ');
  const movedTo = SAME_DAY.test(meant ?? '') ? undefined : except;
  const ignored = new Set(movedTo ? dayWords(movedTo) : []);
  const words = wordsOf(meant ?? '').filter((w) => !ignored.has(w));
  const days = [...new Set([...ordinalDays(meant ?? ''), ...monthDays(meant ?? '')])].filter(
    (d) => !movedTo || d !== Number(movedTo.slice(8, 10)),
  );
  if (words.length === 0 && days.length === 0) return undefined;
  const scored = visits.map((visit) => {
    const facts = factsOf(visit);
    const own = [...wordsOf(facts.words), ...dayWords(facts.date)];
    const score =
      words.filter((w) => own.some((o) => sameWord(w, o))).length +
      (days.includes(Number(facts.date.slice(8, 10))) ? 1 : 0);
    return { visit, score };
  });
  const best = Math.max(0, ...scored.map((s) => s.score));
  const top = scored.filter((s) => s.score === best);
  return best > 0 && top.length === 1 ? top[0].visit : undefined;
}

/** A weekday as callers write it, full or short ("thursday", "thurs", "thu"), by its number (0 Sunday). */
const WEEKDAY_WORDS: readonly RegExp[] = [
  /\bsun(day)?\b/,
  /\bmon(day)?\b/,
  /\btue(s|sday)?\b/,
  /\bwed(s|nesday)?\b/,
  /\bthu(r|rs|rsday)?\b/,
  /\bfri(day)?\b/,
  /\bsat(urday)?\b/,
];

/**
 * "can I cancel my appointment on thurs" when the caller's one visit is on Sunday: the words name a
 * weekday, and not the visit's, so the one visit is not taken as meant (it is listed to confirm).
 */
export function namesAnotherDay(said: string | undefined, date: string): boolean {
  const d = new Date(`${date}T00:00:00Z`);
  if (!said || Number.isNaN(d.getTime())) return false;
  const text = said.toLowerCase();
  const named = WEEKDAY_WORDS.flatMap((w, day) => (w.test(text) ? [day] : []));
  return named.length > 0 && !named.includes(d.getUTCDay());
}

/** "the Whitfield one stays", "leave the Tuesday one": a visit named as not the one meant. */
const STAYS =
  /[^.;!?,]*\b(?:one|appointment|visit|viewing|session)\s+(?:stays|can stay|is staying|is fine|stays put)\b[^.;!?]*|\b(?:leave|not)\s+the\s+\w+\s+one\b/gi;

/** A street address as callers write it: a number, a name of one to three words and the road's kind. */
const STREET =
  /\b(\d+[a-z]?)\s+((?:[a-z]+\s+){0,2}[a-z]+)\s+(?:street|st|road|rd|lane|ln|avenue|ave|drive|dr|court|ct|way|place|pl|close|row|terrace|boulevard|blvd|crescent|parkway)\b/gi;

/** The words name a street address that is in none of the visits' own words. */
function namesAnotherPlace(said: string, visitWords: readonly string[]): boolean {
  const places = [...said.matchAll(STREET)];
  if (places.length === 0) return false;
  const known = visitWords.map((w) => w.toLowerCase());
  return places.every(
    ([, number, name]) => !known.some((w) => w.includes(`${number.toLowerCase()} ${name.toLowerCase()}`)),
  );
}
