import type { ConversationView } from '../conversationView.ts';
import { PICK_PHRASE, referencesIn, WHICH_RECORD } from './picks.ts';

/**
 * A reply to a list of choices (openings, or the caller's records listed for a change) that picks none
 * of them gets the list again, asking which, so the caller's next words pick from it as from the first
 * listing. Two such replies:
 *
 * - a bare agreement ("yes", "ok", "sure, book it") to three openings or two bookings: it got the
 *   fallback, and the next turn booked the first opening, which the caller never chose (the offer's
 *   look-up keeps its first item in the state); after two bookings listed for a cancellation it got
 *   "Glad I could help" and nothing was cancelled (`yesToAList`);
 * - a pick naming none of them: "the purple one" to a caller's two appointments read alone as a new
 *   request and offered openings to book, and "the 2:30 one" to openings at 09:00 only booked the first
 *   opening offered (`pickOfNone`; only once no offer reader took the reply).
 */

/** A list's question: "Which one would you like?", "Which one do you mean?", "Which would suit you?". */
const WHICH_QUESTION =
  /\bwhich(?:\s+(?:one|of (?:them|these|those)|day|time|slot|appointment|booking))?\b[^.?!]*\?\s*$/i;
/** Words that agree and nothing else: "yes", "ok sure", "yes please book it", "sounds good". */
const AGREEING =
  /^(?:yes|yeah|yea|ya|yep|yup|sure|ok|okay|k|alright|fine|please|pls|sounds|good|go|ahead|book|it|do|then|great|perfect|thanks|thank|you|cool)$/;
const AGREES =
  /\b(?:yes|yeah|yea|ya|yep|yup|sure|ok|okay|alright|fine|go ahead|book it|do it|sounds good)\b/i;
/** The question closing a list of openings a caller picks from. */
const WHICH_OPENING = 'Which one would you like?';
/** A clock time said in a pick: "the 2:30 one", "the 9am one". */
const SAID_TIME = /\b(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\b/i;
/** A clock time said unmistakably: "9:30", "9am", "9 o'clock" (not "2", maybe the second one). */
const CLOCK_SAID = /\b(\d{1,2})(?::(\d{2}))?\s*(am|pm|o'?clock)?(?![\w:])/i;

/**
 * The list as last said, from its first sentence naming a reference: "Thank you, Marcus, you're
 * verified." or an earlier "Which one do you mean?" is not said again. A title's full stop ends no
 * sentence ("Dr. Amara Okafor").
 */
function listing(said: string): string {
  const sentences = said.split(/(?<!\b(?:Dr|Mr|Mrs|Ms|Prof|St)\.)(?<=[.!?])\s+/);
  const from = sentences.findIndex((s) => referencesIn(s).length > 0);
  return from > 0 ? sentences.slice(from).join(' ') : said;
}

/** The question asking which item, when `text` only agrees with a list of choices the last reply gave. */
export function yesToAList(view: ConversationView, text: string): string | undefined {
  const last = view.lastAssistantText?.trim();
  if (!last || !WHICH_QUESTION.test(last) || referencesIn(last).length < 2) return undefined;
  const words = text.toLowerCase().match(/[a-z']+/g) ?? [];
  if (words.length === 0 || !words.every((w) => AGREEING.test(w)) || !AGREES.test(text)) return undefined;
  return `${WHICH_RECORD} ${listing(last)}`;
}

/** The listed times ("09:00", "14:30") the said time can be, as a 12-hour clock reads it. */
function listsTime(listed: string, said: RegExpExecArray): boolean {
  const hour = Number(said[1]);
  const minutes = said[2] ?? '00';
  const meridiem = said[3]?.toLowerCase();
  const hours =
    meridiem === 'pm' ? [(hour % 12) + 12] : meridiem === 'am' ? [hour % 12] : [hour % 12, (hour % 12) + 12];
  return hours.some((h) => listed.includes(`${String(h).padStart(2, '0')}:${minutes}`));
}

/**
 * "the 9:30 friday please, it's for Leo Brandt": a short sentence picking by a clock time (with its
 * minutes, am or pm, or o'clock: a bare "2" may be the second one). Said to openings all at 08:30, the
 * first Friday one was booked, at a time the caller never said.
 */
function clockPick(text: string): RegExpExecArray | undefined {
  for (const sentence of text.split(/[.;!?,]\s+/)) {
    if (sentence.trim().split(/\s+/).length > 8) continue;
    const time = CLOCK_SAID.exec(sentence);
    if (time && (time[2] !== undefined || time[3] !== undefined)) return time;
  }
  return undefined;
}

/** The list again for a pick that names none of its items; undefined when the reply may pick one. */
export function pickOfNone(text: string, view: ConversationView): { say: string } | undefined {
  const said = view.lastAssistantText?.trim();
  // A reference said outright ("the apt-5005 one") is a pick the offer readers take.
  if (!said || referencesIn(text.toUpperCase()).length > 0) return undefined;
  const clock = clockPick(text);
  if (!PICK_PHRASE.test(text) && clock === undefined) return undefined;
  const listed = listing(said);
  const time = clock ?? SAID_TIME.exec(text);
  if (listed.endsWith(WHICH_OPENING)) {
    if (!time || listsTime(listed, time)) return undefined;
    return { say: `Sorry, I don't see ${time[0].trim()} among those. ${listed}` };
  }
  if (!listed.endsWith(WHICH_RECORD)) return undefined;
  return { say: `Sorry, I'm not sure which one you mean. ${listed}` };
}
