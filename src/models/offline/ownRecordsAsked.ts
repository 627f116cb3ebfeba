import { tokenize } from '../../routing/textFeatures.ts';
import type { FunctionTool } from './modelItems.ts';
import { namesAction } from './toolActions.ts';

/**
 * "what viewings do i have?", "do I have any appointments booked?", "show me my bookings": the customer
 * asks what they hold. The look-up that says it finds what is the customer's own ("What is held under
 * my phone number, and when") answers it, though it shares no word with the question (its words are
 * kept apart from the booking's, so "viewing" is no word of it) and the desk greeted the customer as a
 * new booking instead. Only when exactly one read-only tool of the agent speaks of "my" / "mine".
 */
const ASKS_WHAT_I_HOLD =
  /\b(?:what|which|how many|any)\s+(?:\w+\s+){0,2}(?:do|have)\s+(?:i|we)\s+(?:have|got|booked)\b|\bdo\s+(?:i|we)\s+have\s+(?:any(?:thing)?|a|an)\s+(?:\w+\s+)?(?:booked|coming up|scheduled|upcoming)\b|\b(?:show|list|tell)\s+(?:me\s+)?(?:all\s+)?(?:of\s+)?my\s+\w+s\b/i;

/**
 * "when is my appointment?", "when's my next appointment?", "what time is my viewing again", "can you tell me
 * when my keratin is", "I booked an appointment but I forgot what
 * day it is": the day or time of something the customer holds, or someone they speak for ("when is his
 * school physical?" from a parent).
 */
const ASKS_WHEN_MINE =
  /\b(?:when|what (?:day|time|date))(?:\s+(?:is|was|are)|'s|s)\s+(?:my|our|his|her|their)\s+(?:\w+'s\s+)?(?:next\s+|upcoming\s+)?\w+|\b(?:tell me|remind me|know|check)\s+(?:when|what time|what day)\s+(?:my|our|his|her|their)\s+(?:\w+\s+){1,2}(?:is|was)\b|\b(?:forgot|forgotten|forget|can't remember|cannot remember|don't remember|not sure)\b[^.?!]{0,12}\b(?:what day|which day|what time|what date|when)\b/i;

/**
 * "she's got an appointment with you in june and she's lost the confirmation, she wants to know what time
 * it is": one held is said, then its day or time asked as "it". Both are needed: "what time is it?" alone
 * asks the clock, and "I have an appointment with you, what time do you open?" the hours.
 */
const HOLDS_ONE =
  /\b(?:i|we|she|he|they|my \w+)\s*(?:'ve|'s|’ve|’s|\s+have|\s+has)\s+(?:got\s+)?(?:an?|the)\s+(?:\w+\s+)?(?:appointment|appt|booking|viewing|visit|reservation|session)\b/i;
const WHEN_IT_IS = /\b(?:what time|when|what day|which day|what date)\s+it(?:'s|’s|\s+is|\s+was)\b/i;
const asksWhenHeld = (text: string) => HOLDS_ONE.test(text) && WHEN_IT_IS.test(text);

/**
 * "I need to sort out one of my appointments", "something's come up with my booking": a thing the customer
 * holds is what the call is about, before they say what to do with it (the openings had been listed).
 */
const ABOUT_MINE =
  /\b(?:sort(?:\s+out)?|deal\s+with|fix|something'?s\s+(?:come\s+)?up\s+with|(?:a\s+)?(?:problem|issue)\s+with)\s+(?:one\s+of\s+)?(?:my|our)\s+(?:\w+\s+)?(?:appointment|appt|booking|viewing|visit|reservation|session)s?\b/i;

const SPEAKS_OF_MINE = /\b(?:my|mine)\b/i;
/** Or of what the customer already holds: "Look up an existing booking…", "…when their appointment is". */
const SPEAKS_OF_EXISTING =
  /\b(?:looks? up|finds?)\s+(?:an?\s+|the\s+|their\s+)?existing\b|\btheir\s+(?:appointment|booking|record|order)s?\b/i;

/** A look-up of what the customer holds: its description speaks of "my" / "mine", or of an existing one. */
export const findsOwnRecords = (tool: { description?: string }) =>
  SPEAKS_OF_MINE.test(tool.description ?? '') || SPEAKS_OF_EXISTING.test(tool.description ?? '');

/**
 * "what time is my cut on the 17th?" was read as a request to book a cut ("What time would you like?"):
 * asking what the customer holds, or when it is, is the look-up of it, before any tool its words match,
 * unless a change is said too ("when is my cut? I'd like to move it to friday" is the move).
 */
export function holdingsAsked(
  text: string,
  available: readonly FunctionTool[],
  changesData: (toolName: string) => boolean,
): { tool: FunctionTool; focusText: string } | undefined {
  if (!ASKS_WHAT_I_HOLD.test(text) && !ASKS_WHEN_MINE.test(text) && !asksWhenHeld(text)) return undefined;
  const words = tokenize(text);
  if (available.some((t) => changesData(t.name) && namesAction(words, t.name))) return undefined;
  return ownRecordsAsked(text, available, changesData);
}

/** The customer asks what they hold, or when it is (the patterns above). */
export function asksOwnRecord(text: string): boolean {
  return (
    ASKS_WHAT_I_HOLD.test(text) || ASKS_WHEN_MINE.test(text) || asksWhenHeld(text) || ABOUT_MINE.test(text)
  );
}

export function ownRecordsAsked(
  text: string,
  available: readonly FunctionTool[],
  changesData: (toolName: string) => boolean,
): { tool: FunctionTool; focusText: string } | undefined {
  if (!asksOwnRecord(text)) return undefined;
  const mine = available.filter((t) => !changesData(t.name) && findsOwnRecords(t));
  return mine.length === 1 ? { tool: mine[0], focusText: text } : undefined;
}
