import type { ConversationView } from '../conversationView.ts';

/**
 * "yes", "ok", "sure, book it" said to a list of choices ("The next openings are … (SL-402), … (SL-405)
 * and … (SL-407). Which one would you like?", or a caller's bookings listed for a change) picks none of
 * them. It got the agent's fallback, and the next turn booked the first opening, which the caller never
 * chose (the offer's look-up keeps its first item in the state); after a caller's two bookings were
 * listed for a cancellation, it got "Glad I could help" and nothing was cancelled. The list is asked
 * about again, naming every item, so the caller's next words pick from it as from the first listing.
 */

/** A list's question: "Which one would you like?", "Which one do you mean?", "Which would suit you?". */
const WHICH_QUESTION =
  /\bwhich(?:\s+(?:one|of (?:them|these|those)|day|time|slot|appointment|booking))?\b[^.?!]*\?\s*$/i;
/** Two or more references named in the reply: a list of records or openings. */
const REFERENCE = /\b[A-Z]{2,8}-\d{2,}\b/g;
/** Words that agree and nothing else: "yes", "ok sure", "yes please book it", "sounds good". */
const AGREEING =
  /^(?:yes|yeah|yea|ya|yep|yup|sure|ok|okay|k|alright|fine|please|pls|sounds|good|go|ahead|book|it|do|then|great|perfect|thanks|thank|you|cool)$/;
const AGREES =
  /\b(?:yes|yeah|yea|ya|yep|yup|sure|ok|okay|alright|fine|go ahead|book it|do it|sounds good)\b/i;

export const WHICH_OF_THE_LIST = 'Which one do you mean?';

/** The question asking which item, when `text` only agrees with a list of choices the last reply gave. */
export function yesToAList(view: ConversationView, text: string): string | undefined {
  const last = view.lastAssistantText?.trim();
  if (!last || !WHICH_QUESTION.test(last)) return undefined;
  if (new Set(last.match(REFERENCE) ?? []).size < 2) return undefined;
  const words = text.toLowerCase().match(/[a-z']+/g) ?? [];
  if (words.length === 0 || !words.every((w) => AGREEING.test(w)) || !AGREES.test(text)) return undefined;
  // The list is said again as it was, so whatever reads a pick from it ("the second one") still finds it.
  const listing = last.startsWith(`${WHICH_OF_THE_LIST} `) ? last.slice(WHICH_OF_THE_LIST.length + 1) : last;
  return `${WHICH_OF_THE_LIST} ${listing}`;
}
