import type { NormalizedAgent, NormalizedGraph } from '../../graph/types.ts';
import { findPropertyValue, type JsonSchema } from './argumentExtraction.ts';
import type { ConversationView } from './conversationView.ts';
import { speaksOfExisting } from './existingRecord.ts';
import { asksWhatThereIs } from './forms/asksWhatThereIs.ts';
import { listedRecords } from './forms/resultText.ts';
import { type FunctionTool, parametersOf } from './modelItems.ts';
import { describeProperty } from './propertyKinds.ts';
import { jsonSchemaOf } from './referenceOwner.ts';
import { isFailure } from './responseTemplates.ts';
import { makesNewRecord, sameObject, type ToolMatch } from './toolMatcher.ts';

/** Words that point back at what was just shown: "make it 6 instead", "we only need 2 of those". */
const POINTS_BACK = /\b(it|that|this|them|those|instead|only)\b/i;

/** What reading a change to a record just shown or made needs. */
type RecordChangeInput = {
  text: string;
  view: ConversationView;
  available: readonly FunctionTool[];
  changesData: (toolName: string) => boolean;
  now: Date;
};

/**
 * "great, can we make it 6 seats instead?" right after a look-up showed an order: a change to that
 * order, not a new one — although "6 seats" are the values a new order takes too. The change is a tool
 * about the same thing as the look-up (`check_order_status` → `change_order_quantity`), that makes no
 * new record, and whose own values the message gives (the 6). Nothing else points back: `undefined`.
 */
export function changeToRecordShown(input: RecordChangeInput): FunctionTool | undefined {
  const { text, view, changesData } = input;
  const shown = view.previousResult;
  if (shown && changesData(shown.name)) return changeToRecordMade(input);
  // "do you have anything on Thursday instead?" after openings were offered asks for others, no change
  // to a record (it had moved the caller's booking, looked up for it).
  if (!shown || !POINTS_BACK.test(text) || asksWhatThereIs(text)) return undefined;
  // "actually make it Friday" to the openings offered for a booking: a new search, no record to change
  // (it looked the caller's appointments up for a move).
  if (offersChoicesOf(shown.output, input.available, input.changesData)) return undefined;
  return soleChangeOf(input, shown.name, false);
}

/**
 * A look-up's answer lists choices for a new record: its items carry the reference a tool that makes one
 * requires (the openings' `slotId`, which `book_slot` takes), not records the customer holds.
 */
function offersChoicesOf(
  output: unknown,
  available: readonly FunctionTool[],
  changesData: (toolName: string) => boolean,
): boolean {
  const keys = new Set(listedRecords(output).flatMap((record) => Object.keys(record)));
  return available.some(
    (t) =>
      changesData(t.name) &&
      makesNewRecord(t.name) &&
      (parametersOf(t).required ?? []).some((p: string) => keys.has(p)),
  );
}

/**
 * The one change about the same thing as `about` that makes no new record and whose values the message
 * gives (`newOnly`: a new value, not only the account or order it is found by, which "cancel" takes
 * too). Two ("cancel" takes nothing, "change" the quantity) would be a guess.
 */
function soleChangeOf(input: RecordChangeInput, about: string, newOnly: boolean): FunctionTool | undefined {
  const { text, available, changesData, now } = input;
  const gives = (t: FunctionTool) =>
    (parametersOf(t).required ?? []).some(
      (p: string) =>
        (!newOnly || describeProperty(p, parametersOf(t).properties?.[p] ?? {}).kind !== 'reference') &&
        findPropertyValue(parametersOf(t), p, text, now) !== undefined,
    );
  const changes = available.filter(
    (t) => changesData(t.name) && !makesNewRecord(t.name) && sameObject(t.name, about) && gives(t),
  );
  return changes.length === 1 ? changes[0] : undefined;
}

/**
 * "the seats one, ORD-0002 … can it be six in total instead?": the message names a record by a reference
 * only a change of what `made` makes takes (an order's ORD- number; `place_order` takes none), so it
 * speaks of one that exists, and a new one of 6 seats had been placed.
 */
function namesRecordOfChange(input: RecordChangeInput, made: string): boolean {
  const { text, available, changesData, now } = input;
  const madeTool = available.find((t) => t.name === made);
  const madeWith = new Set(Object.keys(madeTool ? (parametersOf(madeTool).properties ?? {}) : {}));
  return available.some(
    (t) =>
      changesData(t.name) &&
      !makesNewRecord(t.name) &&
      sameObject(t.name, made) &&
      Object.entries(parametersOf(t).properties ?? {}).some(
        ([p, raw]) =>
          !madeWith.has(p) &&
          describeProperty(p, raw as JsonSchema).kind === 'reference' &&
          findPropertyValue(parametersOf(t), p, text, now) !== undefined,
      ),
  );
}

/**
 * "I ordered 4 extra seats last week but we've hired two more people, can I make it 6 instead?": the
 * customer speaks of one they have of what the matched tool makes, and asks a change to it. As
 * `changeToRecordShown`, with the record said rather than shown: the one change on the same thing that
 * makes no new record and whose values the message gives (it had placed a second order, of 6 seats).
 */
export function changeToOwnRecord(
  input: RecordChangeInput & { matched: ToolMatch | undefined },
): ToolMatch | undefined {
  const { text, matched } = input;
  if (
    !matched ||
    !makesNewRecord(matched.name) ||
    !(speaksOfExisting(text, matched.name) || namesRecordOfChange(input, matched.name)) ||
    !POINTS_BACK.test(text)
  )
    return undefined;
  const change = soleChangeOf(input, matched.name, true);
  return change && { ...matched, name: change.name };
}

/**
 * "can you make it 11 in the morning instead of 2?" right after Booking looked a booking up: moving it
 * is CustomerService's `reschedule_booking`, so the conversation goes there — not a new booking at 11.
 * As `changeToRecordShown`, for another agent's tools: one change about the same thing as the look-up,
 * that makes no new record, and for which the message gives a value the look-up does not take (the new
 * time: the phone number only finds the booking). Only when none of ours fits.
 */
export function changeElsewhereToRecordShown(input: {
  graph: NormalizedGraph;
  agent: NormalizedAgent | undefined;
  text: string;
  view: ConversationView;
  available: readonly FunctionTool[];
  enabledHandoffs: readonly string[];
  changesData: (toolName: string) => boolean;
  now: Date;
}): { toolName: string; args: { reason: string; intent: string } } | undefined {
  const { graph, agent, text, view, available, now } = input;
  const shown = view.previousResult;
  if (!agent || !shown || input.changesData(shown.name) || !POINTS_BACK.test(text)) return undefined;
  const lookUp = available.find((t) => t.name === shown.name);
  if (!lookUp) return undefined;
  const finds = new Set(Object.keys(parametersOf(lookUp).properties ?? {}));
  const fits: { edge: string; to: string }[] = [];
  for (const edge of agent.handoffs) {
    const target = graph.byName.get(edge.to);
    if (!input.enabledHandoffs.includes(edge.toolName) || edge.system || !target || target.human) continue;
    for (const tool of target.tools) {
      if (!tool.sideEffect || makesNewRecord(tool.name) || !sameObject(tool.name, shown.name)) continue;
      const schema = jsonSchemaOf(tool);
      const gives = Object.keys(schema.properties ?? {}).some(
        (p) => !finds.has(p) && findPropertyValue(schema, p, text, now) !== undefined,
      );
      if (gives) fits.push({ edge: edge.toolName, to: edge.to });
    }
  }
  if (fits.length !== 1) return undefined;
  const [{ edge, to }] = fits;
  return {
    toolName: edge,
    args: {
      reason: `Customer asks "${text}" of the record just shown, which ${to} changes`,
      intent: `${to.toLowerCase()}.action`,
    },
  };
}

/** Words that change what was just made: "actually can we do 3pm instead", "make it Sunday". */
const CHANGES_IT = /\b(instead|actually|rather|(make|change|move|push|bring|switch) it)\b/i;

/**
 * "actually can we do 3pm instead" right after a viewing was booked: a change to the booking just made
 * (the move), not a fallback, and not a second booking. The change is a tool about the same thing as
 * the one that made the record (`book_tour` → `reschedule_tour`), that makes no new record, and that
 * takes a value the message gives (the 3pm; a cancellation takes none). Only one may fit.
 */
function changeToRecordMade(input: RecordChangeInput): FunctionTool | undefined {
  const { text, view, available, changesData, now } = input;
  const made = view.previousResult;
  if (!made || !makesNewRecord(made.name) || isFailure(made.output) || !CHANGES_IT.test(text))
    return undefined;
  const given = (t: FunctionTool, properties: readonly string[]) =>
    properties.filter((p) => findPropertyValue(parametersOf(t), p, text, now) !== undefined).length;
  const gives = (t: FunctionTool) => given(t, Object.keys(parametersOf(t).properties ?? {})) > 0;
  // "can we make it sunday at 3pm instead?" gives the booking's day and time again: asked of the tool
  // that made it, as a new request would be (a booking tool moves its own booking: tourTools.ts).
  const maker = available.find((t) => t.name === made.name);
  if (maker && given(maker, parametersOf(maker).required ?? []) >= 2) return undefined;
  const changes = available.filter(
    (t) => changesData(t.name) && !makesNewRecord(t.name) && sameObject(t.name, made.name) && gives(t),
  );
  return changes.length === 1 ? changes[0] : undefined;
}

/** A question pointing back at what was just shown: "who's it with?", "what time was that again?". */
const ASKS_OF_IT = /\b(it|it's|its|that|this|they|them)\b/i;
/** "ok why", "how come?" right after a record was shown: why it stands as it does, which it says. */
const BARE_WHY = /^\W*(?:(?:ok|okay|k|so|but|and|hm+|oh)\W+)*(?:why|how come)\W*$/i;

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
  const asks = (input.isQuestion(input.text) && ASKS_OF_IT.test(input.text)) || BARE_WHY.test(input.text);
  if (!asks) return undefined;
  const message = (shown.output as { message?: unknown } | null)?.message;
  return typeof message === 'string' && message.trim() !== '' ? message : undefined;
}

/** "can you fix that?", "could someone sort it out": a request of us about something, pointing back. */
const ASKS_TO_ACT_ON_IT =
  /^(?:(?:ok(?:ay)?|so|well|right|hm+|then)[,.!]?\s+)*(?:can|could|would|will)\s+(?:you|u|someone|somebody|anyone)\b.*\b(?:it|that|this|them)\b/i;

/**
 * "can you fix that" right after Billing showed an invoice is about that invoice: it is not handed back
 * to the front desk because "fix" is a word of its routing (it was, and the front desk asked what it
 * could do). Only a short request of us, pointing back, said right after our look-up was shown.
 */
export function requestOfRecordShown(input: {
  text: string;
  view: ConversationView;
  changesData: (toolName: string) => boolean;
}): boolean {
  const { text, view } = input;
  const shown = view.previousResult;
  if (!shown || input.changesData(shown.name)) return false;
  const message = (shown.output as { message?: unknown } | null)?.message;
  const justShown =
    typeof message === 'string' && message !== '' && (view.lastAssistantText ?? '').includes(message);
  return justShown && text.trim().split(/\s+/).length <= 8 && ASKS_TO_ACT_ON_IT.test(text.trim());
}
