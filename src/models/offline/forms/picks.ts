import { MONTHS, WEEKDAYS } from '../calendarWords.ts';

/** Asked after a look-up listed a caller's records for a change and named none of them. */
export const WHICH_RECORD = 'Which one do you mean?';

/** How a listed record's reference reads in our replies ("SL-2054", "APT-5005", "GB-20310617-001"). */
const LISTED_REFERENCE = /\b[A-Z]{2,8}-\d{2,}\b/g;

/** The references a text names, each once, in order. */
export function referencesIn(text: string): string[] {
  return [...new Set(text.match(LISTED_REFERENCE) ?? [])];
}

/** A reply that picks one of several by what it is: "the purple one", "that one", "the one in March". */
export const PICK_PHRASE =
  /^\W*(?:(?:um|oh|ok|okay|yes|yeah|no|it'?s|i mean)\b[\s,]*)*(?:the|that)\b.*\bone\b/i;

/**
 * A reply that picks from a list we offered ("the first one is fine", "the last one", "whichever is
 * soonest"): which item it points at. Kept apart from the offers themselves (pendingRequests.ts) so
 * that reading values (argumentExtraction.ts) can tell a pick from words: a pick is never a reason.
 */

/**
 * What a reply keeps rather than picks, up to its clause's end: "not the haircut", "rather than the
 * 17th", "keep whitfield", "he's keeping river road", "leave the other one", and a thing said to stay
 * ("The one with Dr. Patel. The Whitfield one can stay." picked the Whitfield visit, and it was cancelled
 * on the caller's yes).
 */
const KEPT = [
  /\b(?:(?:not|except|rather than|instead of)\s+(?:the|that|my)|keep(?:s|ing)?|leave)\s+[^,.;!?]*/gi,
  /\b(?:the|that|my|our)\s+[^,.;!?]*?\b(?:(?:can|should|will|may|is to)\s+)?(?:stay|stays|remain|remains)\b(?:\s+(?:as\s+(?:it\s+)?is|put|booked))?/gi,
  /\b(?:the|that|my|our)\s+[^,.;!?]*?\b(?:is|'s)\s+(?:fine|ok|okay|good)\s+as\s+(?:it\s+)?is\b/gi,
];

/** `text` without what it keeps rather than picks (KEPT), so a pick is read from the rest. */
export function withoutKept(text: string): string {
  return KEPT.reduce((rest, kept) => rest.replace(kept, ' '), text);
}

/** A pick of the soonest offered: "the earliest one", "whichever is soonest", "first available". */
export const SOONEST = /\b(?:earliest|soonest|first available|next available)\b/i;

/** Where an ordinal puts a pick in a list, from 0. */
export const ORDINALS: Readonly<Record<string, number>> = {
  first: 0,
  '1st': 0,
  second: 1,
  '2nd': 1,
  third: 2,
  '3rd': 2,
};

/**
 * An ordinal that is a day of the month, not a place in the list: "Tuesday December 1st", "the 2nd of
 * June", "on the 3rd" ("Do you have anything on Tuesday December 1st in the morning?" booked the first
 * opening offered).
 */
const MONTH = `(?:${MONTHS.map((m) => m.slice(0, 3)).join('|')})[a-z]*\\.?`;
const DATE_ORDINAL = new RegExp(
  `\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)\\b|\\b\\d{1,2}(?:st|nd|rd|th)\\s+(?:of\\s+)?${MONTH}|\\b(?:on|by|until|till|from|for)\\s+the\\s+\\d{1,2}(?:st|nd|rd|th)\\b|\\b(?:${WEEKDAYS.join('|')})\\s+(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)\\b`,
  'g',
);

/**
 * An ordinal said as a place in the list: "the first one", "first please", "go with second". Not "first"
 * as when something is done: "okay so i'd need the prior authorization first got it thanks" booked the
 * first opening offered.
 */
const placeSaid = (w: string) =>
  new RegExp(
    `(?:^\\W*|\\b(?:the|that|your|ur|with|take|pick|choose|want|book|grab|have|try)\\s+)${w}\\b|\\b${w}\\s+(?:one|slot|option|opening|time|appointment|available|please|pls|is|works|sounds|would|will|thanks|then)\\b`,
  );

/**
 * Which of an offered list the customer picks: "the second one" → 1, "the last one" → the last. A bare
 * "that one" is the first, unless `bare` is false (it says no place).
 */
export function pickedIndex(text: string, count: number, bare = true): number | undefined {
  const lower = text.toLowerCase().replace(DATE_ORDINAL, ' ');
  const ordinal = Object.keys(ORDINALS).find((w) => placeSaid(w).test(lower));
  if (ordinal !== undefined) return ORDINALS[ordinal];
  if (/\b(last|latest)\b/.test(lower)) return count - 1;
  // Offers are listed soonest first: "the earliest one is fine", "whichever is soonest".
  if (SOONEST.test(lower)) return 0;
  return bare && /\b(that|this|the) one\b|\bthat works\b/.test(lower) ? 0 : undefined;
}

/** A short reply that picks from an offer ("the first one is fine", "that one"): never a value in words. */
export function isPick(text: string): boolean {
  return text.trim().split(/\s+/).length <= 6 && pickedIndex(text, 2) !== undefined;
}
