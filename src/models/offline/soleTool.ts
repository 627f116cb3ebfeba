import type { JsonSchema } from './argumentExtraction.ts';
import { findPropertyValue, isFreeTextProperty, propertiesNamedIn } from './argumentExtraction.ts';
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
  // "I'm curious what my house might be worth — it's a 3-bedroom in Lakeview" handed to the valuations
  // desk: asked without a question mark, but giving what its look-up reads (the area, the beds); the
  // desk greeted with "Which neighborhood is the home in, and how many bedrooms?".
  const givesItsValues = Object.keys(schema.properties ?? {}).some(
    (p) => findPropertyValue(schema, p, text, new Date()) !== undefined,
  );
  const needsNothing = required.every(optional) && (isQuestion(text) || givesItsValues);
  if (!(input.changesData(only.name) || takesTheMessage || needsNothing) || !input.covers(text))
    return undefined;
  return { tool: only, focusText: text };
}

/**
 * "Oh. How much do I owe then?" sent to Billing after TechSupport found the account's calls blocked for
 * an unpaid balance: its words share none with the invoice look-up ("owe" is in no description), so the
 * desk asked for the account it had been given a turn before (dev15-support-10). A question the router
 * sent to an agent whose tools include one look-up, about that agent's job, is answered with it when
 * the customer has already named the record it looks up (a reference of the shape it takes). Without
 * one, "what's the wifi password for the waiting room?" sent to the operations lead got who is on call.
 */
export function soleLookUp(
  input: Parameters<typeof soleTool>[0],
): { tool: FunctionTool; focusText: string } | undefined {
  const { text, tools, view } = input;
  const lookUps = tools.filter((t) => !input.changesData(t.name));
  if (lookUps.length !== 1 || !view.arrivedByHandoff || view.calledThisTurn.has(lookUps[0].name))
    return undefined;
  const schema = (lookUps[0].parameters ?? {}) as JsonSchema;
  const named = view.userMessages.some((m) => propertiesNamedIn(schema, m, new Date(0)).length > 0);
  return named && isQuestion(text) && input.covers(text) ? { tool: lookUps[0], focusText: text } : undefined;
}
