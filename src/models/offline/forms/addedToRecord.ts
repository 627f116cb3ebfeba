import type { ConversationView } from '../conversationView.ts';
import type { FunctionTool } from '../modelItems.ts';
import { recordMade } from './answersSinceMade.ts';

/**
 * "oh and can I add a beard trim to that?", "could you add on a fringe trim?" once a booking was made in
 * the conversation: one more thing added to it, which a receptionist books straight after it (its time:
 * straightAfter.ts). It was read as a price question ("A beard trim is $15…") and the "yes" that followed
 * booked nothing. A thing with an article only: "add 2 more seats to that" changes how many of an order.
 */
export const ADDED_TO =
  /\badd\s+(?:on\s+)?(?:a|an)\s+(?!couple\b|few\b|bit\b|lot\b|note\b|comment\b)[\w'-]+(?:\s+[\w'-]+){0,3}?\s+(?:on\s*)?(?:to|onto)\s+(?:that|it|this|(?:my|the|that|this)\s+(?:booking|appointment|appt|visit|one))\b|\badd\s+on\s+(?:a|an)\s+(?!couple\b|few\b|bit\b|lot\b)[\w'-]/i;

/** The message adds one more thing to a record `toolName` made in this conversation. */
export function addsToRecordMade(text: string, view: ConversationView, toolName: string): boolean {
  return ADDED_TO.test(text) && recordMade(view, toolName) !== undefined;
}

/** The tool that made a record this conversation, when the message adds one more thing to it. */
export function addedToRecordMade(
  text: string,
  view: ConversationView,
  available: readonly FunctionTool[],
): FunctionTool | undefined {
  return available.find((t) => addsToRecordMade(text, view, t.name));
}
