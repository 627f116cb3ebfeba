import type { ConversationView, Exchange, ToolResult } from '../conversationView.ts';
import { isFailure } from '../responseTemplates.ts';
import { makesNewRecord } from '../toolActions.ts';

/**
 * The exchanges whose answers may fill a new record of `toolName`: those since it last made one. "mens
 * cut please" answered the first booking's "Which cut would you like?"; once that booking was made, "could
 * you book me a beard trim as well" was filled with the men's cut again (an answer to a question outranks
 * the words of a request), and read back as a second men's cut at the first one's time. What was answered
 * for a record already made is that record's. The messages themselves still count as what was said (the
 * caller's name, the day talked about), below the new request's own words.
 */
export function exchangesForNewRecord(view: ConversationView, toolName: string): readonly Exchange[] {
  const made = recordMade(view, toolName);
  return made ? view.exchanges.slice(made.messagesBefore ?? 0) : view.exchanges;
}

/** The newest record `toolName` made in this conversation (a new-record tool that succeeded), if any. */
export function recordMade(view: ConversationView, toolName: string): ToolResult | undefined {
  if (!makesNewRecord(toolName)) return undefined;
  return view.earlierResults.find((r) => r.name === toolName && !isFailure(r.output));
}
