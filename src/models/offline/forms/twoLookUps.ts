import type { ConversationView, ToolResult } from '../conversationView.ts';
import type { FunctionTool } from '../modelItems.ts';
import { schemaOf } from '../modelItems.ts';
import { isFailure } from '../responseTemplates.ts';
import { matchTool, type ToolDoc } from '../toolMatcher.ts';

/**
 * "they want a list of my meds and any allergies, can you tell me what you have?": one message asks
 * two look-ups of the same desk, and only the one the whole message fitted best ran (the allergies);
 * the caller had to ask again for the rest. Each part of the request joined by "and", a comma or
 * "also" is matched on its own; when one part asked for the look-up that has just answered and
 * another part for a different look-up of this agent that takes nothing it lacks, that one runs too,
 * and the reply gives both answers. Only tools that change nothing: a change is never made because
 * half a sentence resembled it.
 */

/** Where a request is split into the things it asks for. */
const JOINS = /\s*(?:[,;.!?]+|\band\b|\balso\b|\bplus\b|\bas well as\b)\s*/i;

type Input = {
  view: ConversationView;
  tools: readonly FunctionTool[];
  changesData: (toolName: string) => boolean;
};

/** The look-ups the parts of `text` ask for, in the order said (each once). */
function lookUpsAskedIn(text: string, docs: readonly ToolDoc[]): string[] {
  const parts = text.split(JOINS).filter((p) => p.trim() !== '');
  if (parts.length < 2) return [];
  const names: string[] = [];
  for (const part of parts) {
    const name = matchTool(part, docs)?.name;
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}

function readOnlyDocs({ tools, changesData }: Input): ToolDoc[] {
  return tools
    .filter((t) => !changesData(t.name))
    .map((t) => ({ name: t.name, description: t.description ?? '', sideEffect: false }));
}

/** A look-up that answered: read-only, not failed, not asking for a value. */
const answered = (result: ToolResult | undefined, input: Input): result is ToolResult =>
  result !== undefined && !input.changesData(result.name) && !isFailure(result.output);

/**
 * The look-ups the request behind `ran` asks for: the latest message's parts, or, when the latest only
 * answered a question on the way (the identity check before the look-up), the message before it.
 */
function pairedWith(ran: string, input: Input): string[] {
  const docs = readOnlyDocs(input);
  for (const said of input.view.userMessages.slice(-2).reverse()) {
    const asked = lookUpsAskedIn(said, docs);
    if (asked.includes(ran)) return asked.filter((n) => n !== ran);
  }
  return [];
}

/** Whether the tool needs nothing (no required value), so it can run as the first look-up did. */
const needsNothing = (name: string, tools: readonly FunctionTool[]) =>
  (schemaOf(tools, name)?.required ?? []).length === 0;

/** The other look-up the same request asked for, to run now; undefined when there is none. */
export function anotherLookUpAsked(
  input: Input,
): { name: string; args: Record<string, unknown> } | undefined {
  const { view, tools } = input;
  const [result] = view.trailingResults;
  if (view.trailingResults.length !== 1 || !answered(result, input)) return undefined;
  const done = new Set([...view.calledThisTurn, ...view.earlierResults.slice(0, 2).map((r) => r.name)]);
  const next = pairedWith(result.name, input).find((n) => !done.has(n) && needsNothing(n, tools));
  return next ? { name: next, args: {} } : undefined;
}

/**
 * The look-up answered earlier this turn whose answer goes before the trailing one's: the first of the
 * two the request asked for (`anotherLookUpAsked` ran the second).
 */
export function lookUpAnsweredWith(input: Input): ToolResult | undefined {
  const { view } = input;
  const [result] = view.trailingResults;
  const first = view.earlierThisTurn[0];
  if (view.trailingResults.length !== 1 || !answered(result, input) || !answered(first, input))
    return undefined;
  return pairedWith(first.name, input).includes(result.name) ? first : undefined;
}
