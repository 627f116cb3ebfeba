import { upcomingStateDate } from './dayOfMonth.ts';
import { findDate, NUMBER_WORDS } from './entityExtractors.ts';
import { onlyTheWeek } from './weekSaidBefore.ts';

/**
 * A move's new day said from the day the booking is on: "push it back a week", "a week later", "two
 * days earlier", "bring it forward a week", "the following week". These were read from today, or not
 * at all, and the caller was asked "Which day would you like instead?" for a day they had just given.
 * Only for the value a change makes (a "New day…" property) and only when the booking's day is known
 * (`from`: the date the state holds for the record in hand): without it nothing is guessed.
 *
 * "next week" for a booking in the coming seven days is the same weekday a week after it: said on a
 * Thursday of a visit on Sunday or Tuesday, today plus seven is the same week or earlier than the visit.
 * A booking further off keeps the calendar's reading (today plus seven), left to `findDate`.
 */
const AMOUNT = String.raw`(a|an|one|two|three|four|five|six|\d{1,2}|a couple of)`;
const UNIT = String.raw`(day|week)s?`;
/** "push it back a week", "move it back by two days", "put me back a week". */
const BACK = new RegExp(String.raw`\bback\s+(?:by\s+)?${AMOUNT}\s+${UNIT}\b`, 'i');
/** "bring it forward a week", "forward by 2 days". */
const FORWARD = new RegExp(String.raw`\bforward\s+(?:by\s+)?${AMOUNT}\s+${UNIT}\b`, 'i');
/** "a week later", "two days after that", "a week earlier", "3 days sooner". */
const AFTER = new RegExp(
  String.raw`\b${AMOUNT}\s+${UNIT}\s+(later|after(?:\s+(?:that|it))?|earlier|sooner|before(?:\s+(?:that|it))?)\b`,
  'i',
);
/** "the week after", "the following week". */
const WEEK_AFTER = /\b(?:the\s+)?(?:following\s+week|week\s+after(?:\s+(?:that|it))?)\b/i;
/**
 * "the day after", "the next day", "the following day", "the day before": one day from the booking's
 * ("can it go to the day after at the same time?" was not understood, and the booking was read out
 * again). Not "the day after tomorrow", which counts from today (findDate).
 */
const DAY_AFTER =
  /\b(?:day\s+after(?!\s+(?:tomorrow|tmrw|tmr|tomorow))(?:\s+(?:that|it))?|next\s+day|following\s+day)\b/i;
const DAY_BEFORE = /\b(?:day\s+before(?!\s+yesterday)(?:\s+(?:that|it))?|previous\s+day)\b/i;
const NEXT_WEEK = /\bnext\s+week\b/i;
const WEEKDAY = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b/i;
/** "the same Saturday": the weekday said as the one the booking is on. */
const SAME_WEEKDAY = /\bsame\s+(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/i;
const weekdayOf = (iso: string) =>
  ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][new Date(`${iso}T00:00:00Z`).getUTCDay()];
/** "next Tuesday". */
const NEXT_WEEKDAY = new RegExp(String.raw`\bnext\s+${WEEKDAY.source.slice(2)}`, 'i');

const DAY = 86_400_000;
/** How far back a booking's day may be and still be the one in hand. */
const JUST_PAST_DAYS = 7;

function count(word: string): number | undefined {
  const w = word.toLowerCase();
  if (w === 'a' || w === 'an') return 1;
  if (w === 'a couple of') return 2;
  return /^\d/.test(w) ? Number(w) : NUMBER_WORDS[w];
}

const plus = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** The new day `text` says counted from `from` (YYYY-MM-DD), or undefined when it says none so. */
export function shiftedDate(text: string, from: string, now: Date): string | undefined {
  const shift = (amount: string, unit: string, sign: number) => {
    const n = count(amount);
    return n === undefined
      ? undefined
      : plus(from, sign * n * (unit.toLowerCase().startsWith('week') ? 7 : 1));
  };
  const back = text.match(BACK);
  if (back) return shift(back[1], back[2], 1);
  const forward = text.match(FORWARD);
  if (forward) return shift(forward[1], forward[2], -1);
  const after = text.match(AFTER);
  if (after) return shift(after[1], after[2], /^(?:later|after)/i.test(after[3]) ? 1 : -1);
  if (WEEK_AFTER.test(text)) return plus(from, 7);
  if (DAY_AFTER.test(text)) return plus(from, 1);
  if (DAY_BEFORE.test(text)) return plus(from, -1);
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const soon = Date.parse(`${from}T00:00:00Z`) < today + 7 * DAY;
  // "next week on Tuesday" names its day: findDate reads that.
  if (NEXT_WEEK.test(text) && soon && !WEEKDAY.test(text)) return plus(from, 7);
  return undefined;
}

/**
 * The day of the booking in hand: a date the state holds that is upcoming or only just past by the
 * model's clock (a look-up's tools may keep another clock than the model's). A birth date, years
 * back, is none.
 */
export function bookedDay(state: Record<string, unknown> | undefined, now: Date): string | undefined {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Object.values(state ?? {}).find(
    (v): v is string =>
      typeof v === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/.test(v) &&
      Date.parse(`${v}T00:00:00Z`) >= today - JUST_PAST_DAYS * DAY,
  );
}

/** The days a date said is read against: the month in hand (`near`, dayOfMonth.ts) and the booking's. */
export function daysInHand(given: { state?: Record<string, unknown>; now: Date; near?: string }) {
  return {
    near: given.near ?? upcomingStateDate(given.state, given.now),
    booked: bookedDay(given.state, given.now),
  };
}

/** A date said: for a change's new day (`isNew`), first one counted from the booking's day. */
export function dateSaid(
  text: string,
  now: Date,
  days: { near?: string; booked?: string; isNew: boolean; oneDay?: boolean },
): string | undefined {
  // "sometime next week" is no one day to book (weekSaidBefore.ts); a move's "next week" counts from its day.
  if (days.oneDay && !days.isNew && onlyTheWeek(text, now)) return undefined;
  // "the same Saturday, just 2pm" of a viewing on a Saturday: the day stays, so none is said (it had been
  // read as the coming Saturday, and the move read back to it).
  if (
    days.booked &&
    days.isNew &&
    SAME_WEEKDAY.exec(text)?.[1]?.toLowerCase().slice(0, 3) === weekdayOf(days.booked)
  )
    return undefined;
  const shifted = days.booked && days.isNew ? shiftedDate(text, days.booked, now) : undefined;
  const found = shifted ?? findDate(text, now, undefined, days.near);
  // "I was born September 14, 1952 … move the knee one to a later day": a day a record moves to is never
  // years back; that date is a birth date (the move had been read back to 1952).
  const yearsBack =
    found !== undefined && Date.parse(`${found}T00:00:00Z`) < now.getTime() - 366 * 86_400_000;
  if (days.isNew && yearsBack) return undefined;
  // "Next Tuesday, same time" to move a visit that is on Tuesday (tomorrow): the Tuesday after it. Read
  // as tomorrow, the move was read back to the day the visit is already on.
  const sameDay = days.isNew && days.booked !== undefined && found === days.booked;
  return sameDay && NEXT_WEEKDAY.test(text) ? plus(found, 7) : found;
}
