import type { JsonSchema } from './argumentExtraction.ts';
import { isFreeTextProperty } from './argumentExtraction.ts';
import type { ConversationView } from './conversationView.ts';
import { isQuestion } from './forms/digressions.ts';
import type { FunctionTool } from './modelItems.ts';
import { describeProperty } from './propertyKinds.ts';

/**
 * "we might sell our house next spring, can someone give me a call?" sent by the router to the agent
 * that records call-backs, in words its one tool's description does not share: an agent whose only
 * tool changes data, arriving with a request it covers, starts that tool's form (its questions, then
 * the read-back if it has one) rather than greeting with a question no form would read the reply to.
 * So does a look-up that takes the customer's own words ("my son has a rash" to the nurse line's
 * protocol look-up, whose description shares too few of them to clear the similarity bar).
 */
export function soleTool(input: {
  text: string;
  tools: readonly FunctionTool[];
  view: ConversationView;
  changesData: (toolName: string) => boolean;
  covers: (text: string) => boolean;
}): { tool: FunctionTool; focusText: string } | undefined {
  const { text, tools, view } = input;
  const [only] = tools;
  if (tools.length !== 1 || !view.arrivedByHandoff || view.calledThisTurn.has(only.name)) return undefined;
  const schema = (only.parameters ?? {}) as JsonSchema;
  const required: string[] = schema.required ?? [];
  const takesTheMessage = required.length > 0 && required.every((p) => isFreeTextProperty(schema, p));
  // "is there parking there?" handed to the area desk while a viewing of LST-1002 is being booked: its
  // one look-up needs nothing more (the area is the home's), so the question is answered with it.
  // (Optional arguments are listed as required and nullable in a strict schema.)
  const optional = (p: string) => describeProperty(p, schema.properties?.[p] ?? {}).nullable;
  const needsNothing = required.every(optional) && isQuestion(text);
  if (!(input.changesData(only.name) || takesTheMessage || needsNothing) || !input.covers(text))
    return undefined;
  return { tool: only, focusText: text };
}
