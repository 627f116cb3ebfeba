import { findPropertyValue, type JsonSchema } from '../argumentExtraction.ts';
import { propertyNamedInQuestion } from '../askedQuestions.ts';
import type { ConversationView } from '../conversationView.ts';
import { type FunctionTool, schemaOf } from '../modelItems.ts';
import { otherOptionLookUp } from './comparedOptions.ts';
import { pickedInTheRequest } from './lookUpPick.ts';
import { requestToResume } from './pendingRequests.ts';
import { resultText } from './resultText.ts';
import { anotherLookUpAsked } from './twoLookUps.ts';

/**
 * "need a refill on my atorvastatin. Dana Ruiz, born 03/12/1984": the refill answered "I need to verify
 * your identity… What's your full name and date of birth?", though the message had already said both.
 * Asking again would make the caller repeat themselves (and they answer "I just told you"). The tool
 * whose values the question names (the identity check) runs with what the message said; once it passes,
 * the request is made again (pendingRequests.ts `requestToResume`). Only when the latest message gives
 * every one of that tool's two or more required values, and that tool has not run this turn: a check
 * that failed is answered by its own result, never tried again with the same words. Only a tool that
 * changes nothing (a check): a change is never made because a question happened to name its values.
 */
export function askedWhatWasSaid(
  view: ConversationView,
  tools: readonly FunctionTool[],
  now: Date,
  changesData: (toolName: string) => boolean,
): { name: string; args: Record<string, unknown> } | undefined {
  const text = view.latestUserMessage;
  if (text === undefined || view.trailingResults.length !== 1) return undefined;
  const [result] = view.trailingResults;
  const question = resultText(result)?.trim();
  if (!question?.endsWith('?')) return undefined;
  for (const tool of tools) {
    if (tool.name === result.name || view.calledThisTurn.has(tool.name) || changesData(tool.name)) continue;
    const schema = (tool.parameters ?? {}) as JsonSchema;
    const required: string[] = schema.required ?? [];
    if (required.length < 2 || propertyNamedInQuestion(required, question) === undefined) continue;
    const args: Record<string, unknown> = {};
    for (const property of required) args[property] = findPropertyValue(schema, property, text, now);
    if (Object.values(args).every((v) => v !== undefined)) return { name: tool.name, args };
  }
  return undefined;
}

/**
 * The call to make now, from the trailing results: the request that waited on what has just been
 * provided (identity verified) made again as asked, else the tool whose values a result asked for
 * though the message had said them, else the second look-up one request asked for (twoLookUps.ts), or
 * the same look-up for the other of two options compared (comparedOptions.ts).
 */
export function callNow(
  view: ConversationView,
  tools: readonly FunctionTool[],
  now: Date,
  changesData: (toolName: string) => boolean,
): { name: string; args: Record<string, unknown> } | undefined {
  return (
    requestToResume(view, (n) => schemaOf(tools, n)) ??
    askedWhatWasSaid(view, tools, now, changesData) ??
    anotherLookUpAsked({ view, tools, changesData }) ??
    otherOptionLookUp({ view, changesData, tools }) ??
    pickedInTheRequest(view, tools, changesData)
  );
}
