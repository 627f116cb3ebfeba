import { findPropertyValue, type JsonSchema } from './argumentExtraction.ts';
import type { ConversationView } from './conversationView.ts';
import type { FunctionTool } from './modelItems.ts';
import { isFailure } from './responseTemplates.ts';
import { makesNewRecord, sameObject } from './toolMatcher.ts';

/** Words that point back at what was just shown: "make it 6 instead", "we only need 2 of those". */
const POINTS_BACK = /\b(it|that|this|them|those|instead|only)\b/i;

const schemaOf = (tool: FunctionTool) => (tool.parameters ?? {}) as JsonSchema;

/**
 * "great, can we make it 6 seats instead?" right after a look-up showed an order: a change to that
 * order, not a new one — although "6 seats" are the values a new order takes too. The change is a tool
 * about the same thing as the look-up (`check_order_status` → `change_order_quantity`), that makes no
 * new record, and whose own values the message gives (the 6). Nothing else points back: `undefined`.
 */
export function changeToRecordShown(input: {
  text: string;
  view: ConversationView;
  available: readonly FunctionTool[];
  changesData: (toolName: string) => boolean;
  now: Date;
}): FunctionTool | undefined {
  const { text, view, available, changesData, now } = input;
  const shown = view.previousResult;
  if (shown && changesData(shown.name)) return changeToRecordMade(input);
  if (!shown || !POINTS_BACK.test(text)) return undefined;
  const gives = (t: FunctionTool) =>
    (schemaOf(t).required ?? []).filter(
      (p: string) => findPropertyValue(schemaOf(t), p, text, now) !== undefined,
    ).length;
  const changes = available.filter(
    (t) => changesData(t.name) && !makesNewRecord(t.name) && sameObject(t.name, shown.name) && gives(t) > 0,
  );
  // One change fits the values said; two ("cancel" takes nothing, "change" the quantity) would be a guess.
  return changes.length === 1 ? changes[0] : undefined;
}

/** Words that change what was just made: "actually can we do 3pm instead", "make it Sunday". */
const CHANGES_IT = /\b(instead|actually|rather|(make|change|move|push|bring|switch) it)\b/i;

/**
 * "actually can we do 3pm instead" right after a viewing was booked: a change to the booking just made
 * (the move), not a fallback, and not a second booking. The change is a tool about the same thing as
 * the one that made the record (`book_tour` → `reschedule_tour`), that makes no new record, and that
 * takes a value the message gives (the 3pm; a cancellation takes none). Only one may fit.
 */
function changeToRecordMade(input: {
  text: string;
  view: ConversationView;
  available: readonly FunctionTool[];
  changesData: (toolName: string) => boolean;
  now: Date;
}): FunctionTool | undefined {
  const { text, view, available, changesData, now } = input;
  const made = view.previousResult;
  if (!made || !makesNewRecord(made.name) || isFailure(made.output) || !CHANGES_IT.test(text))
    return undefined;
  const given = (t: FunctionTool, properties: readonly string[]) =>
    properties.filter((p) => findPropertyValue(schemaOf(t), p, text, now) !== undefined).length;
  const gives = (t: FunctionTool) => given(t, Object.keys(schemaOf(t).properties ?? {})) > 0;
  // "can we make it sunday at 3pm instead?" gives the booking's day and time again: asked of the tool
  // that made it, as a new request would be (a booking tool moves its own booking: tourTools.ts).
  const maker = available.find((t) => t.name === made.name);
  if (maker && given(maker, schemaOf(maker).required ?? []) >= 2) return undefined;
  const changes = available.filter(
    (t) => changesData(t.name) && !makesNewRecord(t.name) && sameObject(t.name, made.name) && gives(t),
  );
  return changes.length === 1 ? changes[0] : undefined;
}

/** A question pointing back at what was just shown: "who's it with?", "what time was that again?". */
const ASKS_OF_IT = /\b(it|it's|its|that|this|they|them)\b/i;

/**
 * "who's it with?" right after a look-up showed a booking ("… with Maya on Tuesday at 09:00"): the
 * record shown holds the answer, and a rule-based model cannot pick the one field out, so it says the
 * record again rather than a fallback that forgets it.
 */
export function recordShownAgain(input: {
  text: string;
  view: ConversationView;
  changesData: (toolName: string) => boolean;
  isQuestion: (text: string) => boolean;
}): string | undefined {
  const shown = input.view.previousResult;
  if (!shown || input.changesData(shown.name)) return undefined;
  if (!input.isQuestion(input.text) || !ASKS_OF_IT.test(input.text)) return undefined;
  const message = (shown.output as { message?: unknown } | null)?.message;
  return typeof message === 'string' && message.trim() !== '' ? message : undefined;
}
