import { findPropertyValue, isFreeTextProperty, type JsonSchema } from '../argumentExtraction.ts';
import type { ConversationView, ToolResult } from '../conversationView.ts';
import type { FunctionTool } from '../modelItems.ts';
import { isFailure } from '../responseTemplates.ts';
import { makesNewRecord, sameObject } from '../toolActions.ts';
import { isQuestion } from './digressions.ts';
import { OLD_VALUE, saysACorrection } from './lookUpCorrection.ts';
import { resultText } from './resultText.ts';

/**
 * "Oh sorry, I always do that, it's 41 Heron Street, not 14" right after the seller desk said "I've
 * started draft listing LST-2001 for 14 Heron Street": the customer corrects a value the change we just
 * made was given. The desk's router read a new topic and handed the caller back to the front desk, so
 * the draft kept the wrong address. A correction (its words, "the wrong number", or the old value said
 * beside the new: "not 14") said right after one of our changes succeeded, giving a new value for
 * exactly one value it ran with, makes that change again with it, the others as they were — for a
 * change whose result says whether it created its record, which is the tool's to correct (the estate
 * agency's draft corrects its own address when only the house number differs).
 */

const reportsCreation = (output: unknown) =>
  typeof output === 'object' &&
  output !== null &&
  typeof (output as { created?: unknown }).created === 'boolean';

/**
 * The change our last reply told of, when it is one that says whether it made its record (`created`):
 * called again it completes or corrects its own (changeCompletion.ts, and `changeCorrected` below). A
 * booking, an order or a lead made again would stand beside the wrong one. `created: false` (the record
 * was there already, and was completed) is no failure.
 */
export function ownRecordChangeJustMade(
  view: ConversationView,
  changesData: (toolName: string) => boolean,
): ToolResult | undefined {
  const made = view.previousResult;
  if (!made || !changesData(made.name) || makesNewRecord(made.name) || !reportsCreation(made.output))
    return undefined;
  if (isFailure({ ...(made.output as object), created: undefined }) || view.trailingResults.length > 0)
    return undefined;
  return made;
}

/** "I've given you the wrong number", "wrong address": a correction said of what was given. */
const WRONG_GIVEN =
  /\bwrong\s+(?:number|address|house|street|postcode|zip|name|date|day|time)\b|\b(?:gave|given|told)\s+you\s+the\s+wrong\b/i;

export function changeCorrected(
  view: ConversationView,
  text: string,
  tools: readonly FunctionTool[],
  changesData: (toolName: string) => boolean,
  now: Date,
): { name: string; args: Record<string, unknown> } | undefined {
  const made = ownRecordChangeJustMade(view, changesData);
  if (!made || !correctsWhatWasJustDone(view, text)) return undefined;
  const tool = tools.find((t) => t.name === made.name);
  if (!tool) return undefined;
  const schema = (tool.parameters ?? {}) as JsonSchema;
  const corrected = text.replace(OLD_VALUE, ' ');
  const changed = Object.entries(made.args).flatMap(([property, before]) => {
    // A description with a number in it (an address) is corrected by a message with another number.
    if (isFreeTextProperty(schema, property)) {
      const digits = (s: unknown) => (typeof s === 'string' ? (s.match(/\d+/g) ?? []).join(' ') : '');
      const now_ = digits(corrected);
      return now_ !== '' && digits(before) !== '' && !digits(before).includes(now_)
        ? [[property, corrected.trim()] as const]
        : [];
    }
    const value = findPropertyValue(schema, property, corrected, now);
    return value === undefined || JSON.stringify(value) === JSON.stringify(before)
      ? []
      : [[property, value] as const];
  });
  // One value changed is a correction; more, read from one short message, would be a guess.
  if (changed.length !== 1) return undefined;
  return { name: made.name, args: { ...made.args, ...Object.fromEntries(changed) } };
}

/**
 * A correction said right after our last reply told what the change just made did (the correction is
 * about the values it ran with), not a question.
 */
function correctsWhatWasJustDone(view: ConversationView, text: string): boolean {
  const made = view.previousResult;
  if (!made || isQuestion(text)) return false;
  if (!saysACorrection(text) && !WRONG_GIVEN.test(text) && !new RegExp(OLD_VALUE.source, 'i').test(text))
    return false;
  const said = resultText(made)?.trim();
  return said !== undefined && said !== '' && view.lastAssistantText?.includes(said.slice(0, 60)) === true;
}

/**
 * "oh sorry wrong one, I meant SL-417 not SL-413" right after the booking of SL-413: the caller wants
 * the booking just made changed, and a second booking was made beside it (both held in their name). A
 * correction right after a change that made a record goes to the move of that record (the same thing,
 * neither made anew nor cancelled), which reads back before it runs; undefined when there is none, and
 * then the record-making change is not made again (`remakesRecord`).
 */
export function moveOfRecordJustMade(
  view: ConversationView,
  text: string,
  tools: readonly FunctionTool[],
  changesData: (toolName: string) => boolean,
): FunctionTool | undefined {
  const made = view.previousResult;
  if (!made || !makesNewRecord(made.name) || isFailure(made.output) || !correctsWhatWasJustDone(view, text))
    return undefined;
  const moves = tools.filter(
    (t) =>
      t.name !== made.name &&
      changesData(t.name) &&
      !makesNewRecord(t.name) &&
      !/\bcancel/i.test(t.name.replace(/_/g, ' ')) &&
      sameObject(t.name, made.name),
  );
  return moves.length === 1 ? moves[0] : undefined;
}

/** Said instead of making a record again: what was made stands, and a person can change it. */
export const NOT_MADE_AGAIN =
  "I haven't made a second one: the one I just made stands as I read it out. If it needs changing, I can pass you to a member of our team.";

/** The record-making change just made, chosen again by a correction of it: never a second record. */
export function remakesRecord(view: ConversationView, text: string, chosen: string | undefined): boolean {
  const made = view.previousResult;
  return (
    made !== undefined &&
    chosen === made.name &&
    makesNewRecord(made.name) &&
    !isFailure(made.output) &&
    correctsWhatWasJustDone(view, text)
  );
}
