import { findPropertyValue, type JsonSchema } from './argumentExtraction.ts';
import type { ConversationView, ToolResult } from './conversationView.ts';
import { saysACorrection } from './forms/lookUpCorrection.ts';
import { toolAwaitingReply } from './forms/pendingRequests.ts';
import { resultText } from './forms/resultText.ts';
import { type FunctionTool, parametersOf } from './modelItems.ts';
import { describeProperty } from './propertyKinds.ts';

/** A refinement is said in a few words: "2 beds is fine", "and at 20% down?". */
const SHORT_REFINEMENT = 8;

/**
 * "2 beds is fine" right after the search answered "3 homes in Maplewood under $800,000 with at least
 * 3 bedrooms", "and at 20% down?" right after a quote at 10% down: a few words that change one criterion
 * of the look-up just answered (or add one: a count, an amount, one of a fixed set, a day), with no tool
 * word in them, so the desk fell back ("Tell me your budget,
 * bedrooms…"). They ask the same look-up again with that criterion changed: the look-up's answer was our
 * last reply, and the message gives a new value for a property its call had. The other criteria come
 * from the request that asked for it (`requestText`), the new value from this message (newest first).
 */
export function refinedLookUp(input: {
  text: string;
  available: readonly FunctionTool[];
  view: ConversationView;
  changesData: (toolName: string) => boolean;
  now: Date;
  requestText: (tool: FunctionTool) => string;
}): { tool: FunctionTool; focusText: string } | undefined {
  const { text, now } = input;
  if (text.trim().split(/\s+/).length > SHORT_REFINEMENT) return undefined;
  // "sorry, I meant 500k not 450" is a correction: lookUpCorrected reads it (the old value beside the
  // new one is not read as a value), where a refinement would take "450" as the bedrooms.
  if (saysACorrection(text)) return undefined;
  const shown = lookUpShown(input);
  if (!shown) return undefined;
  const { previous, tool } = shown;
  const schema = parametersOf(tool);
  // A criterion the look-up had not, added ("any with 5 bedrooms?" after a search by budget alone),
  // refines it as a changed one does; only a count, an amount or one of a fixed set, never free text.
  const properties: Record<string, JsonSchema> = schema.properties ?? {};
  // A day too: "friday?" right after Dr Patel's next openings asks for his Friday ones (it got the
  // desk's fallback, and "the 11am" then booked the Sunday first offered).
  const criterion = (p: string) =>
    ['number', 'money', 'enum', 'date'].includes(describeProperty(p, properties[p]).kind);
  const changed = Object.keys(properties).some((p) => {
    const before = previous.args[p];
    const now_ = findPropertyValue(schema, p, text, now);
    if (now_ === undefined || now_ === null || now_ === before) return false;
    return before !== undefined && before !== null
      ? true
      : criterion(p) && Object.keys(previous.args).length > 0;
  });
  return changed ? { tool, focusText: input.requestText(tool) } : undefined;
}

/**
 * The read-only look-up whose answer was our last reply, and its tool: what a few words after it may
 * refine. Or whose offer still stands after an aside we answered ("what time does the clinic open?"
 * between the openings and "ok. thursday at 11 with patel then": the desk fell back, pendingRequests.ts).
 */
function lookUpShown(input: {
  available: readonly FunctionTool[];
  view: ConversationView;
  changesData: (toolName: string) => boolean;
}): { previous: ToolResult; tool: FunctionTool } | undefined {
  const previous = input.view.previousResult;
  if (!previous || input.changesData(previous.name)) return undefined;
  const answered = resultText(previous)?.trim();
  const shownLast = answered !== undefined && input.view.lastAssistantText?.includes(answered.slice(0, 60));
  if (!answered || !(shownLast || toolAwaitingReply(input.view) === previous)) return undefined;
  const tool = input.available.find((t) => t.name === previous.name);
  return tool ? { previous, tool } : undefined;
}

/** "can we book a viewing of the 3 bed in maplewood": criteria said with a request go where it goes. */
const ASKS_SOMETHING_DONE =
  /\b(?:book|schedule|view|viewing|tour|see|visit|cancel|move|reschedule|call|email|text|send|can|could|would)\b|\b(?:i|we)['’]?d like\b/i;

/**
 * "three bedrooms, and we like the lakeview area" right after the search listed homes under the budget:
 * two or more criteria of the look-up just answered, said as a statement. The router sent it to the
 * neighbourhood desk on "lakeview area", and the search was never narrowed. Such a message stays with
 * the agent whose look-up it refines.
 */
export function refinesLookUpShown(input: {
  text: string;
  available: readonly FunctionTool[];
  view: ConversationView;
  changesData: (toolName: string) => boolean;
  now: Date;
}): boolean {
  const { text, now } = input;
  if (text.includes('?') || ASKS_SOMETHING_DONE.test(text)) return false;
  const shown = lookUpShown(input);
  if (!shown) return false;
  const schema = parametersOf(shown.tool);
  const properties: Record<string, JsonSchema> = schema.properties ?? {};
  const said = Object.keys(properties).filter((p) => {
    const value = findPropertyValue(schema, p, text, now);
    return value !== undefined && value !== null && value !== shown.previous.args[p];
  });
  return said.length >= 2;
}
