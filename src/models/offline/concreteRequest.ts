import { findPropertyValue } from './argumentExtraction.ts';
import { speaksOfExisting } from './existingRecord.ts';
import { saysOnlyWhen, subjectProperties, wishGives, wishOf } from './forms/statedSubject.ts';
import { type FunctionTool, parametersOf } from './modelItems.ts';
import { withoutRefusals } from './refusedClauses.ts';
import { makesNewRecord, namesTool, scoreTools, type ToolDoc, valuesMayAskFor } from './toolMatcher.ts';

/** What reading a request needs of the agent's tool chooser. */
export type RequestReader = {
  now: Date;
  changesData: (toolName: string) => boolean;
  docs: (tools: readonly FunctionTool[]) => ToolDoc[];
};

/** A question about something ("is my booking on Friday at 9?"), not a request to do it. */
const ASKS_ABOUT = /^(what|when|where|which|who|why|how|is|are|was|were|do|does|did|have|has)\b/i;

/**
 * Words a question opens with before its question word: "and how much is Growth a month?", "can you
 * tell me what INV-2041 was for" (a question put politely, not a request to change anything), "Hello,
 * please what is the difference between Growth and Scale?" (a greeting first).
 */
export const LEAD_IN =
  /^((and|also|so|oh|ok|okay|btw|wait|um+|hey|hi|hello|hiya|please|actually|sorry|great|thanks|(can|could) you tell me|do you know)\W+)+/i;

/** What is wished for is to know something: "I'd like a quote for highlights", "can I get the price list". */
const WANTS_TO_KNOW =
  /\b(?:prices?|pricing|quotes?|cost|costs|estimate|info|information|idea|menu|list|details|rundown)\b/i;
/** A thing wished for, with its article: "a men's cut", not "can we get him in with Dr. Whitfield?". */
const A_THING =
  /\b(?:need|want|like|fancy|get|have|book|after|for)\s+(?:me\s+|us\s+)?(?:in\s+for\s+)?(?:a|an|some)\s+[a-z]/i;
/** "can I get an appointment on friday?" wishes for no thing in particular: the openings look-up lists the day's. */
const NO_THING_NAMED = /\b(?:appointments?|appts?|bookings?|slots?|visits?|times?|openings?|space|spot)\b/i;

/**
 * "I'd like a blow-dry on Friday at 9am": a request (not a question about something) that gives
 * two or more of the values a data-changing tool requires asks for that tool, whatever its wording.
 */
export function concreteRequest(
  reader: RequestReader,
  text: string,
  available: readonly FunctionTool[],
  lookUp?: string,
  /** The change whose question the message answers: its values need no action word again. */
  continuing?: string,
): FunctionTool | undefined {
  // "my balayage on Friday is staying as it is. How much is a men's cut?": what the customer says stays,
  // or must not be done, asks for nothing (refusedClauses.ts), as for the matched tool (wantedChange.ts).
  text = withoutRefusals(text);
  // A question ("when's my next appointment? Omar Haddad, 1987-06-19") asks for no change, but the
  // identity check it gives every value of still comes first (then the question: requestAlongside.ts).
  const asking = ASKS_ABOUT.test(text.trim().replace(LEAD_IN, ''));
  // "a men's cut on friday" (no verb) matches the price look-up by its subject: the subject counts as
  // the change's free-text value when the look-up takes the same property (statedSubject.ts).
  const subject = subjectProperties(text, lookUp ? available.find((t) => t.name === lookUp) : undefined);
  // "can I get my hair cut this friday?" asks to have something, in its own words: what it asks for
  // is the change's free-text value ("what service?"), whichever look-up its words resemble.
  const wish = saysOnlyWhen(text) ? undefined : wishOf(text);
  const given = (t: FunctionTool) =>
    (parametersOf(t).required ?? []).filter(
      (p: string) =>
        (subject.has(p) && t.name !== lookUp) ||
        (wish !== undefined &&
          reader.changesData(t.name) &&
          wishGives(wish, parametersOf(t), p, namesTool(text, reader.docs([t])[0]))) ||
        findPropertyValue(parametersOf(t), p, text, reader.now) !== undefined,
    ).length;
  // A read-only tool too, when the message gives every one of its two or more required values
  // ("Dana Ruiz, date of birth 1984-03-12" is an identity check, whatever else it resembles).
  const all = (t: FunctionTool) => given(t) === (parametersOf(t).required ?? []).length;
  // "I need a men's cut", "can I get a blow dry?": a wish for a thing a change makes is that change,
  // whose form asks the day (it was quoted a price, and every answer after fell back). A wish for a
  // price or a list is the look-up's.
  const wishedNew =
    wish !== undefined && A_THING.test(text) && !WANTS_TO_KNOW.test(text) && !NO_THING_NAMED.test(text);
  const enough = (t: FunctionTool) =>
    wishedNew && reader.changesData(t.name) && makesNewRecord(t.name) ? 1 : 2;
  const doers = available.filter(
    (t) =>
      given(t) >= enough(t) &&
      !speaksOfExisting(text, t.name) &&
      (t.name === continuing ||
        valuesMayAskFor(
          text,
          t.name,
          available.map((a) => a.name),
        )) &&
      (asking ? !reader.changesData(t.name) && all(t) : reader.changesData(t.name) || all(t)),
  );
  if (doers.length === 0) return undefined;
  const best = scoreTools(text, reader.docs(doers))[0];
  return doers.find((t) => t.name === best?.name) ?? doers[0];
}
