import type { ConversationView } from '../conversationView.ts';
import { PICK_PHRASE, WHICH_RECORD } from './picks.ts';

/** A reference said outright ("APT-5005"): a pick the offer readers take. */
const REFERENCE = /\b[A-Z]{2,8}-\d{2,}\b/i;
/** The question closing a list of openings a caller picks from. */
const WHICH_OPENING = 'Which one would you like?';
/** A clock time said in a pick: "the 2:30 one", "the 9am one". */
const SAID_TIME = /\b(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\b/i;

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
 * "the purple one" to "You have 2 upcoming appointments: … Which one do you mean?", naming none of them,
 * or "the 2:30 one" to openings at 09:00 only: still a pick, not a new request. Read alone the first
 * matched the booking tool best (a patient cancelling a visit was offered openings to book), and the
 * second booked the first opening offered (chat probes, 2026-11-27). The list is said again, asking
 * which; only when no offer reader took the reply (a pick by place, time, words or definition).
 */
export function pickOfNone(text: string, view: ConversationView): { say: string } | undefined {
  const said = view.lastAssistantText?.trim();
  // The list from its first sentence naming a reference ("Thank you, Marcus, you're verified." is not said again).
  const sentences = said?.split(/(?<!\b(?:Dr|Mr|Mrs|Ms|Prof|St)\.)(?<=[.!?])\s+/) ?? [];
  const from = sentences.findIndex((s) => REFERENCE.test(s));
  const listed = from > 0 ? sentences.slice(from).join(' ') : said;
  if (!listed || !PICK_PHRASE.test(text) || REFERENCE.test(text)) return undefined;
  const time = SAID_TIME.exec(text);
  if (listed.endsWith(WHICH_OPENING)) {
    if (!time || listsTime(listed, time)) return undefined;
    return { say: `Sorry, I don't see ${time[0].trim()} among those. ${listed}` };
  }
  if (!listed.endsWith(WHICH_RECORD)) return undefined;
  return { say: `Sorry, I'm not sure which one you mean. ${listed}` };
}
