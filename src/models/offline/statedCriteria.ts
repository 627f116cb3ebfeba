import type { NormalizedAgent } from '../../graph/types.ts';
import { findPropertyValue, type JsonSchema } from './argumentExtraction.ts';
import type { AskedQuestion } from './askedQuestions.ts';
import { asksWhatThereIs } from './forms/asksWhatThereIs.ts';
import { type FunctionTool, parametersOf } from './modelItems.ts';
import { findsOwnRecords } from './ownRecordsAsked.ts';
import { describeProperty, type PropertyInfo, propertyWords } from './propertyKinds.ts';

/**
 * "3 bed under 600k", "ok, show me apartments in Old Town under 500": a message that gives the values a
 * look-up searches by. It shares too few words with the search's description to match it
 * ("apartments", "bed"), and no value has a reference's shape, so it was left unread ("Exciting!
 * What's your budget, and how many bedrooms do you need?" to a buyer who had just said both). Two or
 * more values of one read-only tool's criteria (an amount, a count said with its unit, one of a fixed
 * set), when no other read-only tool takes two, are a request for that tool. Dates and times are left
 * out: many tools take them, and "tomorrow at 3" asks for a booking as often as for the free times.
 */

const MIN_CRITERIA = 2;

/**
 * "what's on the market", "what's out there", "what do you have": asking what there is. So is "what could
 * i actually buy for like 400k" (what the money gets: the buyer desk greeted a buyer who had said it).
 */
const ON_OFFER =
  /\bwhat(?:'s| is| do you have| have you got)\s+(?:on the market|out there|available|for sale)?|\bwhat\s+(?:could|can|would|might|will)\s+(?:i|we)\s+(?:\w+ly\s+)?(?:buy|get|afford)\b/i;

export function criteriaStated(
  text: string,
  available: readonly FunctionTool[],
  changesData: (toolName: string) => boolean,
  now: Date,
): { tool: FunctionTool; focusText: string } | undefined {
  const takers = available.filter(
    (t) => !changesData(t.name) && criteriaIn(parametersOf(t), text, now) >= MIN_CRITERIA,
  );
  if (takers.length === 1) return { tool: takers[0], focusText: text };
  // "so what's on the market around that with at least 3 bedrooms?": one criterion, asked as what
  // there is, searches (with what the search already holds); the buyer desk had answered its greeting.
  const asked = asksWhatThereIs(text) || ON_OFFER.test(text);
  const oneGiven = asked
    ? available.filter((t) => !changesData(t.name) && criteriaIn(parametersOf(t), text, now) >= 1)
    : [];
  if (oneGiven.length === 1) return { tool: oneGiven[0], focusText: text };
  // "is there anything on Thursday?" asks what is free that day, not to book it: the one look-up that
  // takes the day (it had got the menu of what the desk does), other than one of what the customer holds.
  const onTheDay = asksWhatThereIs(text)
    ? available.filter(
        (t) => !changesData(t.name) && !findsOwnRecords(t) && givesDay(parametersOf(t), text, now),
      )
    : [];
  return onTheDay.length === 1 ? { tool: onTheDay[0], focusText: text } : undefined;
}

function givesDay(schema: JsonSchema, text: string, now: Date): boolean {
  return Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>).some(
    ([name, raw]) =>
      describeProperty(name, raw).kind === 'date' && findPropertyValue(schema, name, text, now) !== undefined,
  );
}

/**
 * "max 500 thousand" to the buyer desk's greeting "What's your budget, and how many bedrooms do you
 * need?": the desk asked for its search's criteria as it took the customer, and customers answer one
 * at a time. One criterion answers that question when exactly one tool of the desk takes any criterion
 * the reply gives and that tool only looks up; a value a booking also takes stays with the form rules.
 */
export function criterionAnsweringGreeting(input: {
  agent: NormalizedAgent | undefined;
  asked: AskedQuestion | undefined;
  text: string;
  available: readonly FunctionTool[];
  changesData: (toolName: string) => boolean;
  now: Date;
}): { tool: FunctionTool; focusText: string } | undefined {
  const { agent, asked, text, available, changesData, now } = input;
  if (asked?.kind !== 'greeting' || !agent?.responses?.greeting?.trim().endsWith('?')) return undefined;
  const takers = available.filter((t) => criteriaIn(parametersOf(t), text, now) > 0);
  if (takers.length !== 1 || changesData(takers[0].name)) return undefined;
  return { tool: takers[0], focusText: text };
}

/** How many of the schema's criteria (amounts, counts with their unit, fixed choices) `text` gives. */
function criteriaIn(schema: JsonSchema, text: string, now: Date): number {
  return Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>)
    .map(([name, raw]) => describeProperty(name, raw))
    .filter((info) => givesCriterion(schema, info, text, now)).length;
}

function givesCriterion(schema: JsonSchema, info: PropertyInfo, text: string, now: Date): boolean {
  if (info.kind === 'money' || (info.kind === 'enum' && !/stylist|provider|doctor|staff/i.test(info.name)))
    return findPropertyValue(schema, info.name, text, now) !== undefined;
  // A bare number is anything ("2 kids"); a count is said with what it counts ("3 bed", "2 bedrooms").
  return info.kind === 'number' && countWithUnit(text, info.name);
}

function countWithUnit(text: string, name: string): boolean {
  const stem = propertyWords(name).split(' ').at(-1)?.replace(/s$/, '') ?? '';
  if (stem.length < 3) return false;
  return [...text.toLowerCase().matchAll(/\b\d+\s*([a-z]{3,})/g)].some(
    ([, unit]) => stem.startsWith(unit) || unit.replace(/s$/, '').startsWith(stem),
  );
}
