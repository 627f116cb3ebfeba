import type { ConversationView, ToolResult } from '../conversationView.ts';
import { type FunctionTool, schemaOf } from '../modelItems.ts';
import { describeProperty, isHintedReference } from '../propertyKinds.ts';
import { pickedItem } from './lookUpFirst.ts';
import { WHICH_RECORD } from './picks.ts';

/**
 * "when is my toner appointment? the booking is under 07700 900931": the look-up by phone found two
 * bookings and asked "Which one do you mean?", though the message had said which (only one of them is a
 * toner); and "the toner one please, not the haircut" to that question got "Sorry, I'm not sure which one
 * you mean" and the list again. A look-up that listed the caller's records, each with a reference the
 * same look-up takes (`bookingRef`), runs again with the one picked: by words only it has, by its day, or
 * (to the question) by its place ("the second one"). Only read-only look-ups; a change has its own pick
 * (lookUpFirst.ts `pickForChange`).
 */

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The listed records and the reference of theirs the look-up takes, when it listed two or more. */
function listedReferences(
  result: ToolResult,
  tools: readonly FunctionTool[],
): { tool: FunctionTool; property: string; items: Record<string, unknown>[] } | undefined {
  const tool = tools.find((t) => t.name === result.name);
  if (!tool || !isRecord(result.output)) return undefined;
  // Only a reference (`bookingRef`): a day or a doctor every listed opening has is a criterion of the
  // search, not which record it found.
  const properties = schemaOf(tools, tool.name)?.properties ?? {};
  const takes = Object.keys(properties).filter((p) => isHintedReference(describeProperty(p, properties[p])));
  for (const value of Object.values(result.output)) {
    if (!Array.isArray(value) || value.length < 2 || !value.every(isRecord)) continue;
    const property = takes.find((p) => value.every((item) => typeof item[p] === 'string'));
    if (property !== undefined) return { tool, property, items: value };
  }
  return undefined;
}

function callFor(
  result: ToolResult,
  listed: NonNullable<ReturnType<typeof listedReferences>>,
  value: string,
): { name: string; args: Record<string, unknown> } | undefined {
  if (result.args?.[listed.property] === value) return undefined;
  return { name: listed.tool.name, args: { ...result.args, [listed.property]: value } };
}

/** This turn's look-up listed the caller's records and the message that asked names one of them. */
export function pickedInTheRequest(
  view: ConversationView,
  tools: readonly FunctionTool[],
  changesData: (toolName: string) => boolean,
): { name: string; args: Record<string, unknown> } | undefined {
  const text = view.latestUserMessage;
  if (text === undefined || view.trailingResults.length !== 1) return undefined;
  const [result] = view.trailingResults;
  if (changesData(result.name)) return undefined;
  const listed = listedReferences(result, tools);
  if (!listed) return undefined;
  // The look-up was asked about one record by its reference already: the message's words say where the
  // change goes, not which record ("friday please" to "Which day would you like instead?" picked the
  // visit that was on a Friday, and the move read back was of the echocardiogram visit, not the knee's).
  if (typeof result.args?.[listed.property] === 'string') return undefined;
  // Words only, never a place: "the one" in a request picks nothing from a list not yet heard.
  const value = pickedItem(listed.items, listed.property, text.replace(/\b(?:this|that|the)\s+one\b/gi, ' '));
  return value === undefined ? undefined : callFor(result, listed, value);
}

/** The reply to "Which one do you mean?" after a look-up listed the caller's records picks one. */
export function pickedFromTheList(
  view: ConversationView,
  text: string,
  tools: readonly FunctionTool[],
  changesData: (toolName: string) => boolean,
): { call: string; args: Record<string, unknown> } | undefined {
  const result = view.previousResult;
  if (!result || changesData(result.name) || !view.lastAssistantText?.trim().endsWith(WHICH_RECORD)) return;
  // Once per turn: the pick looked up, the message goes on ("cancel the cut on the 17th" to the list had
  // looked the cut up again and again until the turn's tool ceiling handed the caller to a person).
  if (view.calledThisTurn.has(result.name)) return undefined;
  const listed = listedReferences(result, tools);
  if (!listed) return undefined;
  const value = pickedItem(listed.items, listed.property, text);
  const call = value === undefined ? undefined : callFor(result, listed, value);
  return call && { call: call.name, args: call.args };
}
