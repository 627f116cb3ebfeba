import { weekdayIndex } from '../calendarWords.ts';
import { TEENS, UNITS } from '../numberWords.ts';

/**
 * "the 1:30 one is good", "the 9am one": a pick from offered slots by the time it starts. A time said
 * without am or pm is read as the offered time it can be (1:30 is 13:30 when that is what was offered);
 * of several at that time, the soonest (offers are listed soonest first).
 */

/**
 * "1:30", "9am", "2 pm", "14:30" said in a pick, as minutes after midnight (both readings if unsure). A
 * bare hour ("11 is fine", "ten o'clock") only when it cannot be the pick's place in the list (more
 * than `listed`) or is said with "o'clock": "2 please" is the second one offered.
 */
export function timesSaid(text: string, listed = Number.POSITIVE_INFINITY): number[] {
  const m = withSpokenClock(text.toLowerCase()).match(
    /\b(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.|o'?clock)?(?=\s|$|[,.!?]|['’]s\b)/,
  );
  if (!m || (m[2] === undefined && m[3] === undefined && Number(m[1]) <= listed)) return [];
  const hour = Number(m[1]);
  const minutes = Number(m[2] ?? 0);
  if (hour > 23 || minutes > 59) return [];
  if (m[3]?.startsWith('p')) return hour < 12 ? [(hour + 12) * 60 + minutes] : [];
  if (m[3]?.startsWith('a')) return hour <= 12 ? [(hour % 12) * 60 + minutes] : [];
  return hour <= 12 && hour > 0
    ? [hour * 60 + minutes, ((hour % 12) + 12) * 60 + minutes]
    : [hour * 60 + minutes];
}

/** An hour said as a word or in digits: "eight", "8". */
const HOUR = `(\\d{1,2}|${Object.keys({ ...UNITS, ...TEENS }).join('|')})`;
const SPOKEN_CLOCK = new RegExp(`\\b(half|quarter)\\s+(past|to)\\s+${HOUR}\\b`, 'g');
/** "half one", "half ten": half past, as British and Irish speakers say it. */
const HALF_HOUR = new RegExp(`\\bhalf\\s+${HOUR}\\b`, 'g');

/**
 * "Half past eight would be splendid", "quarter to 11": a clock time said in words, as the digits it
 * means ("8:30", "10:45"). The pick was unread, and the caller's name read as a look-up of a visit held.
 * "Half one's perfect" (half past one, as British and Irish speakers say it) is 1:30 too.
 */
function withSpokenClock(text: string): string {
  const hourOf = (word: string) => {
    const hour = /^\d/.test(word) ? Number(word) : (UNITS[word] ?? TEENS[word]);
    return hour === undefined || hour < 1 || hour > 12 ? undefined : hour;
  };
  return text
    .replace(SPOKEN_CLOCK, (all, part: string, way: string, hourWord: string) => {
      const hour = hourOf(hourWord);
      if (hour === undefined) return all;
      if (part === 'half') return way === 'past' ? `${hour}:30` : all;
      return way === 'past' ? `${hour}:15` : `${hour === 1 ? 12 : hour - 1}:45`;
    })
    .replace(HALF_HOUR, (all, hourWord: string) => {
      const hour = hourOf(hourWord);
      return hour === undefined ? all : `${hour}:30`;
    });
}

/** The index of the first offered item starting at the time the reply says, if any. */
export function pickedByTime(text: string, items: readonly Record<string, unknown>[]): number | undefined {
  // Only a pick ("the 1:30 one", "1:30 works", "yes the 9am one"), not a sentence about something else;
  // the pick may be a sentence of its own beside the name and number ("The 9:30 with Dr Whitfield please.
  // Paul Grant, 555-0144" booked the first slot offered, the pick unread).
  const sentence = text.split(/[.;!?]\s+/).find((s) => timesSaid(s, items.length).length > 0) ?? text;
  if (sentence.trim().split(/\s+/).length > 8) return undefined;
  const said = timesSaid(sentence, items.length);
  if (said.length === 0) return undefined;
  const start = (item: Record<string, unknown>) => {
    const clock = Object.values(item).find(
      (v): v is string => typeof v === 'string' && /^\d{1,2}:\d{2}$/.test(v),
    );
    if (clock === undefined) return undefined;
    const [h, m] = clock.split(':').map(Number);
    return h * 60 + m;
  };
  // "the Tuesday 9am one" of Monday's and Tuesday's 9:00s: the one on the day said (it booked Monday's).
  const day = weekdayIndex(sentence);
  const onThatDay = day === undefined ? [] : items.filter((item) => dayOf(item) === day);
  // A day none of them is on ("wednesday 9am" to Monday's and Tuesday's) picks none.
  if (day !== undefined && onThatDay.length === 0 && items.every((item) => dayOf(item) !== undefined))
    return undefined;
  const among = onThatDay.length > 0 ? onThatDay : items;
  const picked = among.find((item) => {
    const at = start(item);
    return at !== undefined && said.includes(at);
  });
  return picked === undefined ? undefined : items.indexOf(picked);
}

/** The weekday of an offered item: from its ISO date, else a weekday its words name ("Tuesday, December 8"). */
function dayOf(item: Record<string, unknown>): number | undefined {
  for (const v of Object.values(item)) {
    if (typeof v !== 'string') continue;
    if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return new Date(`${v}T00:00:00Z`).getUTCDay();
    const named = weekdayIndex(v);
    if (named !== undefined) return named;
  }
  return undefined;
}

/** The question closing a list of openings to pick from. */
const WHICH_OPENING = /\bWhich one would you like\?\s*$/;

/**
 * "Half past one would do nicely. In the name of Margaret Hale, telephone 555-0190" to a list of openings:
 * a pick of one of them by its time, with the details to book it. It answers the list; the router had
 * sent it to the call-back desk on "telephone" and the name, and a call back was queued instead.
 */
export function picksOfferedTime(lastAssistantText: string | undefined, text: string): boolean {
  const listed = lastAssistantText?.trim();
  if (!listed || !WHICH_OPENING.test(listed)) return false;
  const times = [...listed.matchAll(/\b(\d{1,2}:\d{2})\b/g)].map((m) => ({ time: m[1] }));
  return times.length >= 2 && pickedByTime(text, times) !== undefined;
}
