import type { ConversationView } from '../conversationView.ts';
import { PICK_PHRASE, WHICH_RECORD } from './picks.ts';

/** A reference said outright ("APT-5005"): a pick the offer readers take. */
const REFERENCE = /\b[A-Z]{2,8}-\d{2,}\b/i;

/**
 * "the purple one" to "You have 2 upcoming appointments: … Which one do you mean?", naming none of them:
 * still a pick, not a new request. Read alone it matched the booking tool best, and a patient cancelling
 * a visit was offered openings to book (a chat probe, 2026-11-27). The list is said again, asking which;
 * only when no offer reader took the reply (a pick by place, time, words or definition).
 */
export function pickOfNone(text: string, view: ConversationView): { say: string } | undefined {
  const listed = view.lastAssistantText?.trim();
  if (!listed?.endsWith(WHICH_RECORD)) return undefined;
  if (!PICK_PHRASE.test(text) || REFERENCE.test(text)) return undefined;
  return { say: `Sorry, I'm not sure which one you mean. ${listed}` };
}
