import type { NormalizedAgent } from '../../../graph/types.ts';
import { isFreeTextProperty } from '../argumentExtraction.ts';
import type { ConversationView } from '../conversationView.ts';
import { distinctWords, listedThings } from '../listedThings.ts';
import { type FunctionTool, parametersOf } from '../modelItems.ts';
import { missingArgument } from '../responseTemplates.ts';
import { matchTool, type ToolDoc } from '../toolMatcher.ts';
import { isQuestion } from './digressions.ts';
import { toolsOfTheFormInProgress } from './formInProgress.ts';
import { changeTakingAsked } from './optionalAsked.ts';

/**
 * The tool a reply to our question for `property` is for: the tool whose last result asked for it, else
 * a tool that requires it (the form in progress first), else the change an optional question we asked is
 * for. Moved out of toolChoice.ts, whose chooser asks it when our last reply asked for an argument.
 */
export function pendingToolFor(input: {
  property: string;
  available: FunctionTool[];
  view: ConversationView;
  agent: NormalizedAgent | undefined;
  threshold: number;
  changesData: (toolName: string) => boolean;
  docs: (tools: readonly FunctionTool[]) => ToolDoc[];
  /** The message that asked for the tool (toolRequest.ts). */
  requestText: (tool: FunctionTool) => string;
  /** Among candidates, the one the customer's earlier messages are about. */
  likeliest: (candidates: FunctionTool[]) => FunctionTool;
}):
  | { tool: FunctionTool; focusText: string; retryOf?: { args: Record<string, unknown>; missing: string } }
  | undefined {
  const { property, available, view, changesData } = input;
  const previous = view.previousResult;
  if (previous && missingArgument(previous.output) === property) {
    // A look-up run to list the choices for a change asked for the value itself ("I want my money
    // back" → the invoice look-up asks for the number): the answer is for the change.
    const request = view.userMessages.at(-2);
    const asked =
      request === undefined
        ? undefined
        : matchTool(request, input.docs(available), { threshold: input.threshold });
    const change = available.find((t) => t.name === asked?.name && changesData(t.name));
    if (change && !changesData(previous.name) && (parametersOf(change).required ?? []).includes(property))
      return { tool: change, focusText: request! };
    const tool = available.find((t) => t.name === previous.name);
    // The call asked again is the one that ran: its focus is the message its free-text value was read
    // from ("and how much is balayage?" asked during the keratin quote), not the first to ask for the
    // tool. Only a free-text value: a name said alone ("Sam Hill") is a message too, and no request.
    const schema = tool ? parametersOf(tool) : {};
    const ranOn = Object.entries(previous.args).find(
      ([p, v]) => typeof v === 'string' && isFreeTextProperty(schema, p) && view.userMessages.includes(v),
    )?.[1] as string | undefined;
    if (tool)
      return {
        tool,
        focusText: ranOn ?? input.requestText(tool),
        retryOf: { args: previous.args, missing: property },
      };
  }
  const waiting = available.filter((t) => (parametersOf(t).required ?? []).includes(property));
  if (waiting.length === 0) {
    const tool = changeTakingAsked(property, available, changesData);
    return tool && { tool, focusText: input.requestText(tool) };
  }
  const tool = input.likeliest([...toolsOfTheFormInProgress(waiting, input.agent, view.exchanges)]);
  return { tool, focusText: input.requestText(tool) };
}

/**
 * "and how much is balayage?" while the keratin quote waits for the hair length: the question names
 * another of the things the look-up under way lists, so it asks for that one (the length said next
 * completes it, as the call asked again is the one that ran); the form had kept the keratin and read
 * the question as a length ("Sorry, I didn't catch that").
 */
export function anotherListedThing(
  pending: { tool: FunctionTool; focusText: string } | undefined,
  matched: string | undefined,
  text: string,
  changesData: (toolName: string) => boolean,
): { tool: FunctionTool; focusText: string } | undefined {
  if (!pending || matched !== pending.tool.name || changesData(matched) || !isQuestion(text))
    return undefined;
  const listed = listedThings(pending.tool.description ?? '');
  const named = distinctWords(text).filter((w) => listed.includes(w));
  const before = distinctWords(pending.focusText);
  return named.length > 0 && named.every((w) => !before.includes(w))
    ? { tool: pending.tool, focusText: text }
    : undefined;
}
