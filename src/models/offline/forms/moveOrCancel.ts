import { tokenize } from '../../../routing/textFeatures.ts';
import type { ConversationView } from '../conversationView.ts';
import { inToolWords } from '../customerWords.ts';
import type { FunctionTool } from '../modelItems.ts';
import { OWN_RECORD } from '../ownBookingChange.ts';
import { namesAction, verbOf } from '../toolMatcher.ts';

/**
 * "I'm ringing about my knee appointment tomorrow at four but my daughter can't drive me": a booking of
 * the caller's own that will not work, and neither a move nor a cancellation said. It was read as a new
 * booking (openings offered, and the pick booked a second visit beside the first) or, said as "I can't
 * make it", read back as a cancellation. A receptionist asks which: the question names both, and the
 * reply picks one ("could I come friday instead", "just cancel it"), with the first message as the
 * request. Only at an agent that can both move and cancel the same record.
 */
export const MOVE_OR_CANCEL = 'Would you like to move it to another day, or cancel it?';

/**
 * Why it will not work: "can't drive me", "won't be able to get there", "something's come up". Not "I
 * can't make it" or "can't come": said outright, those ask for the cancellation (toolActions.ts
 * `cannotCome`), read back before it runs.
 */
const OBSTACLE =
  /\b(?:can'?t|cannot|can not|won'?t be able to|will not be able to|not able to|unable to|couldn'?t)\s+(?:drive|take|bring|get|be there|do)\b|\bsomething(?:'s| has)?\s+(?:come|came)\s+up\b|\bclash(?:es)?\b/i;
/** The reply keeps the booking and moves it: another day or time, or the move said. */
const MOVES =
  /\b(?:instead|another|different|later|earlier|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|next week|\d{1,2}(?::\d{2})?\s*(?:am|pm|o'?clock)|at\s+\d{1,2})\b/i;
const CANCELS = /\bcancel/i;

/** The agent's cancellation and its move of the same record (every value the cancellation takes). */
function changesOfOneRecord(
  tools: readonly FunctionTool[],
  changesData: (name: string) => boolean,
): { move: FunctionTool; cancel: FunctionTool } | undefined {
  const params = (t: FunctionTool) =>
    Object.keys((t.parameters as { properties?: Record<string, unknown> } | undefined)?.properties ?? {});
  const cancel = tools.find((t) => changesData(t.name) && verbOf(t.name) === 'cancel');
  const move = tools.find((t) => changesData(t.name) && verbOf(t.name) === 'reschedule');
  if (!cancel || !move || !params(cancel).every((p) => params(move).includes(p))) return undefined;
  return { move, cancel };
}

/** A booking of the caller's own said not to work, with nothing asked in its place. */
export function bookingWillNotWork(text: string): boolean {
  return OWN_RECORD.test(text) && OBSTACLE.test(text) && !/\binstead\b/i.test(text);
}

/** Whether to ask "move it, or cancel it?" of `text`: a booking of the caller's that will not work, no change said. */
export function asksMoveOrCancel(
  text: string,
  tools: readonly FunctionTool[],
  changesData: (name: string) => boolean,
): boolean {
  if (!bookingWillNotWork(text)) return false;
  const changes = changesOfOneRecord(tools, changesData);
  if (!changes) return false;
  const words = tokenize(inToolWords(text));
  return !tools.some((t) => changesData(t.name) && namesAction(words, t.name));
}

/** The change the reply to MOVE_OR_CANCEL picks, with the message that asked as its request. */
export function moveOrCancelPicked(
  view: ConversationView,
  text: string,
  tools: readonly FunctionTool[],
  changesData: (name: string) => boolean,
): { tool: FunctionTool; focusText: string } | undefined {
  if (!view.lastAssistantText?.trim().endsWith(MOVE_OR_CANCEL)) return undefined;
  const request = view.userMessages.at(-2);
  const changes = changesOfOneRecord(tools, changesData);
  if (!changes || request === undefined) return undefined;
  const words = tokenize(inToolWords(text));
  const cancels = CANCELS.test(text) && !/\b(?:instead of|rather than|not)\s+cancel/i.test(text);
  const tool = cancels
    ? changes.cancel
    : MOVES.test(text) || namesAction(words, changes.move.name)
      ? changes.move
      : undefined;
  return tool && { tool, focusText: `${text.trim()}, ${request}` };
}

/** "just cancel it" to MOVE_OR_CANCEL picks the cancellation: it gives up nothing. */
export function picksCancellation(lastAssistantText: string | undefined, text: string): boolean {
  return lastAssistantText?.trim().endsWith(MOVE_OR_CANCEL) === true && CANCELS.test(text);
}

/**
 * "Yes, just the toner on the 19th please, cancel that." to "There are 2 bookings under that number: …
 * Which one do you mean?": the pick and the cancellation, not the request given up ("cancel that" also
 * withdraws a form; the caller heard "nothing was changed").
 */
export function cancelsThePick(lastAssistantText: string | undefined, text: string): boolean {
  return (
    /\bWhich one (?:do you mean|should I \w+)\?\s*$/.test(lastAssistantText ?? '') &&
    /\bcancel (?:that|it|this)(?: one)?\b/i.test(text)
  );
}
