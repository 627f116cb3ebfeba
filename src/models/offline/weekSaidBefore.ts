import { MONTHS, spellOutTextingDays, WEEKDAYS } from './calendarWords.ts';
import { findDate } from './entityExtractors.ts';

const NEXT_WEEK = /\bnext\s+week\b/;
const WEEKDAYS_SAID = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'g');
const NAMES_WEEKDAY = new RegExp(`\\b(?:${WEEKDAYS.join('|')})\\b`);
/** Words that place a weekday themselves, read by `findDate`. */
const PLACED = new RegExp(
  `\\b(?:next|this|coming|week|weeks|today|tomorrow|tonight|after|following|before)\\b|\\d(?:st|nd|rd|th)\\b|\\b(?:${MONTHS.join('|')})\\b|\\b\\d{1,2}[/.]\\d{1,2}\\b`,
);
const DAY = 86_400_000;

/**
 * A day property that holds one day, not the earliest of a search ("Earliest day wanted"): the day of a
 * booking, a viewing, a demo, the day whose free times are checked.
 */
export const isOneDay = (description: string) => !/\bearliest\b|\bon or after\b/i.test(description);

/**
 * "can I book a haircut sometime next week": a week, not a day. It was read as today plus seven (a
 * Monday, when the salon is closed) and the customer was asked only for a time. For a property that
 * holds one day the week is no value: the day is asked for, and `inTheWeekSaid` reads the answer.
 */
export function onlyTheWeek(text: string, now: Date): boolean {
  const lower = spellOutTextingDays(text.toLowerCase());
  return NEXT_WEEK.test(lower) && findDate(lower.replace(/\bnext\s+week\b/g, ' '), now) === undefined;
}

/**
 * "hi can I book a haircut sometime next week", then to the day question "thursday": the Thursday of
 * next week. A weekday said alone is read as the coming one, which on a Monday is this week's — the
 * booking went to a day the customer had ruled out by naming the week. When an earlier message named
 * next week and no day in it, a weekday said alone is that week's. Anything that places the weekday
 * itself ("this thursday", "thursday the 3rd", "thursday week", "tomorrow") is left as said.
 * `value` is the date read from the newest message saying a day; `messages` are newest first.
 */
export function inTheWeekSaid(value: string, messages: readonly string[], now: Date): string {
  // Every date property of every fill comes here: the cheap test first.
  if (!messages.some((m) => NEXT_WEEK.test(m.toLowerCase()))) return value;
  // The message the day was read from: the newest that says one ("thursday", then "afternoon").
  const at = messages.findIndex((m) => findDate(m, now) !== undefined);
  if (at < 0) return value;
  const [latest, ...earlier] = messages.slice(at).map((m) => spellOutTextingDays(m.toLowerCase()));
  const days = [...latest.matchAll(WEEKDAYS_SAID)].map((m) => m[1]);
  if (days.length !== 1 || PLACED.test(latest)) return value;
  if (!earlier.some((m) => NEXT_WEEK.test(m) && !NAMES_WEEKDAY.test(m))) return value;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const target = WEEKDAYS.indexOf(days[0]);
  const coming = today + ((target - now.getUTCDay() + 7) % 7 || 7) * DAY;
  if (new Date(coming).toISOString().slice(0, 10) !== value) return value;
  // Weeks run Monday to Sunday: a coming weekday before next Monday is this week's.
  const nextMonday = today + ((8 - now.getUTCDay()) % 7 || 7) * DAY;
  return coming < nextMonday ? new Date(coming + 7 * DAY).toISOString().slice(0, 10) : value;
}
