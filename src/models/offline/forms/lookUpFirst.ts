import type { NormalizedAgent } from '../../../graph/types.ts';
import { fillArguments, type JsonSchema } from '../argumentExtraction.ts';
import { WEEKDAYS } from '../calendarWords.ts';
import type { ConversationView, ToolResult } from '../conversationView.ts';
import { definedBy } from '../glossedPick.ts';
import { type FunctionTool, parametersOf } from '../modelItems.ts';
import { describeProperty, isHintedReference } from '../propertyKinds.ts';
import { askForArgument, fillTemplate, isFailure, missingArgument } from '../responseTemplates.ts';
import { matchTool } from '../toolMatcher.ts';
import { isQuestion } from './digressions.ts';
import { filledConfirmation, readBackGap } from './formQuestions.ts';
import { pickedIndex, withoutKept } from './picks.ts';
import { findsNothingToReadBack } from './readBackTemplates.ts';
import { listsSeveral, resultText } from './resultText.ts';
import { saidLast } from './selfCorrection.ts';

/**
 * "I don't have the reference, my number is 07700 900123, can I move my colour?": a change to a record
 * the customer names by another value than its reference (a phone number) looks the record up first,
 * with a read-only tool of the agent that takes both. The customer hears which booking it is (or which
 * ones, when there are several) before anything is asked; the look-up puts the record in the state, so
 * the read-back names it and a day said alone ("the twelfth") is read in its month (dayOfMonth.ts). The
 * form then goes on in the same reply (`afterLookUp`). Once: not when the record is already known.
 */

const given = (value: unknown) => value !== undefined && value !== null && value !== '';

/** The change's reference property (`bookingRef`), if it has one. */
function referenceOf(tool: FunctionTool): string | undefined {
  const properties: Record<string, JsonSchema> = parametersOf(tool).properties ?? {};
  return Object.entries(properties).find(([name, raw]) =>
    isHintedReference(describeProperty(name, raw)),
  )?.[0];
}

/** A read-only tool taking the reference and every value given in its place, needing nothing else. */
function lookUpFor(
  reference: string,
  values: readonly string[],
  tools: readonly FunctionTool[],
  changesData: (toolName: string) => boolean,
): FunctionTool | undefined {
  return tools.find((t) => {
    const schema = parametersOf(t);
    const properties = Object.keys(schema.properties ?? {});
    return (
      !changesData(t.name) &&
      properties.includes(reference) &&
      values.every((v) => properties.includes(v)) &&
      (schema.required ?? []).every((p: string) => describeProperty(p, schema.properties[p]).nullable)
    );
  });
}

/**
 * The read-back would name the record's own values if it knew them: an alternative the call's
 * arguments alone cannot fill ("…at {bookingTime}", a value only the state holds) comes before the
 * first one they fill ("…at the same time").
 */
function readBackWantsRecord(
  agent: NormalizedAgent | undefined,
  tool: FunctionTool,
  args: Record<string, unknown>,
): boolean {
  const written = agent?.responses?.confirm?.[tool.name];
  const templates = written === undefined ? [] : typeof written === 'string' ? [written] : written;
  const properties = parametersOf(tool).properties ?? {};
  // An alternative naming facts only when in hand ("your {get_booking.service?} on …") asks no look-up.
  for (const template of templates.filter((t) => !/\?\}/.test(t))) {
    if (fillTemplate(template, [args]) !== undefined) return false;
    // A look-up's fact ("{find_mine.visit}") is the record's own value too.
    const named = [...template.matchAll(/\{([\w.]+)\}/g)].map((m) => m[1]);
    if (named.some((p) => !(p in properties))) return true;
  }
  return false;
}

/** The look-up to make before reading the change back or asking its next question, if any. */
export function lookUpFirst(input: {
  agent: NormalizedAgent | undefined;
  tool: FunctionTool;
  tools: readonly FunctionTool[];
  view: ConversationView;
  args: Record<string, unknown>;
  changesData: (toolName: string) => boolean;
}): FunctionTool | undefined {
  const { tool, args, view } = input;
  if (!input.changesData(tool.name)) return undefined;
  const reference = referenceOf(tool);
  if (reference === undefined) return undefined;
  // What names the record: its reference, else a phone number or an email the customer gave.
  const properties: Record<string, JsonSchema> = parametersOf(tool).properties ?? {};
  const values = Object.keys(properties).filter((name) => {
    const kind = describeProperty(name, properties[name]).kind;
    return (kind === 'phone' || kind === 'email') && given(args[name]);
  });
  const needed = given(args[reference]) ? readBackWantsRecord(input.agent, tool, args) : values.length > 0;
  if (!needed) return undefined;
  const lookUp = lookUpFor(reference, values, input.tools, input.changesData);
  if (!lookUp || view.calledThisTurn.has(lookUp.name)) return undefined;
  const earlier = view.earlierResults.filter((r) => r.name === lookUp.name);
  if (earlier.length === 0) return lookUp;
  // It listed several and the customer picked one ("the toner one"): that one is looked up by its
  // reference, so the read-back names its time and a day said alone is read in its month.
  // (A look-up that only asked something, "Whose name is it under?", found nothing to pick from.)
  const found = earlier.filter((r) => !isFailure(r.output));
  // It only asked ("Whose name is the appointment under?") and the name and number came back: looked up
  // now with them. The form asked the move's new day instead, and the caller holding two appointments
  // never heard which ones (a chat at the night line). Not again with the values it failed on.
  const newest = earlier[0];
  if (found.length === 0 && !given(args[reference]) && values.some((v) => newest.args?.[v] !== args[v]))
    return lookUp;
  return given(args[reference]) && found.every((r) => listsSeveral(r.output)) ? lookUp : undefined;
}

/**
 * The form's next words after such a look-up found the record: the change's next question, or its
 * read-back when nothing is missing. Only when the look-up was made for the change the customer asked
 * for this turn (the message asks for that change: its best tool), never after a plain look-up.
 */
export function afterLookUp(input: {
  agent: NormalizedAgent | undefined;
  view: ConversationView;
  tools: readonly FunctionTool[];
  state: Record<string, unknown> | undefined;
  changesData: (toolName: string) => boolean;
  now: Date;
}): string | undefined {
  const { view, tools, agent } = input;
  const text = view.latestUserMessage;
  const [result] = view.trailingResults;
  if (text === undefined || view.trailingResults.length !== 1 || view.calledThisTurn.size !== 1) return;
  if (input.changesData(result.name) || isFailure(result.output) || missingArgument(result.output)) return;
  const change = requestedChange(view.userMessages, tools, input.changesData);
  if (!change) return undefined;
  const schema = parametersOf(change);
  const messages = [...view.userMessages].reverse();
  const before = fillArguments(schema, { messages, focusText: text, now: input.now });
  // A record picked from a list was looked up by its reference: the change is about that one.
  const reference = referenceOf(change);
  const picked = reference === undefined ? undefined : result.args?.[reference];
  const args = given(picked) && reference ? { ...before.args, [reference]: picked } : before.args;
  // Earlier calls of this look-up that found nothing (it asked whose name the booking is under, or the
  // caller gave a wrong number and then the right one) were made for the same change: the record is
  // still unknown, so the change goes on once it is found, rather than the caller asking for it again.
  const earlierResults = view.earlierResults.filter((r) => r.name !== result.name || !isFailure(r.output));
  const unseen = { ...view, earlierResults, calledThisTurn: new Set<string>() };
  if (lookUpFirst({ ...input, tool: change, args, view: unseen })?.name !== result.name) return;
  const fill = fillArguments(schema, { state: input.state, messages, focusText: text, now: input.now });
  if (fill.missing.length > 0) return askForArgument(agent, fill.missing[0]);
  // A value the read-back names and the call lacks (a move's day, when no time was said either).
  const gap = readBackGap(agent, change.name, fill.args);
  if (gap !== undefined) return askForArgument(agent, gap);
  // The look-up's answer is what the read-back names ("cancel your {find_mine.visit}"). When it has
  // nothing the read-back names (a dispute's open amount, for a paid invoice), its answer stands alone.
  if (findsNothingToReadBack(agent, change.name, result.name, result.output)) return undefined;
  return agent?.responses?.confirm?.[change.name]
    ? filledConfirmation(agent, change.name, fill.args, schema, { [result.name]: result.output }, input.state)
    : undefined;
}

/** The change the customer asked for: the newest message whose best tool changes data. */
function requestedChange(
  messages: readonly string[],
  tools: readonly FunctionTool[],
  changesData: (toolName: string) => boolean,
): FunctionTool | undefined {
  return requestedChangeAt(messages, tools, changesData)?.tool;
}

/** The same, with the index in `messages` of the message that asked for it. */
export function requestedChangeAt(
  messages: readonly string[],
  tools: readonly FunctionTool[],
  changesData: (toolName: string) => boolean,
): { tool: FunctionTool; at: number } | undefined {
  const docs = tools.map((t) => ({
    ...{ name: t.name, description: t.description ?? '', sideEffect: changesData(t.name) },
  }));
  for (let at = messages.length - 1; at >= 0; at--) {
    const best = tools.find((t) => t.name === matchTool(messages[at], docs)?.name);
    if (best && changesData(best.name)) return { tool: best, at };
  }
  return undefined;
}

/**
 * Words of an item as said ("women's cut and blow-dry on Tuesday 17 June"), lower case. A date kept as
 * YYYY-MM-DD also gives its weekday: the caller heard "Tuesday, December 8" in the list and says "the
 * tuesday one", which named no item and was then read as the coming Tuesday (SL-443 went unpicked).
 */
const wordsOf = (item: Record<string, unknown>) =>
  new Set(
    Object.values(item)
      .filter((v): v is string => typeof v === 'string')
      .flatMap((v) => [v, weekdayOf(v) ?? ''])
      .join(' ')
      .toLowerCase()
      .split(/[^a-z0-9'-]+/)
      .filter((w) => w.length >= 4),
  );

/** The weekday of an ISO date ("2026-12-08" → "tuesday"), if the value is one. */
function weekdayOf(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const day = new Date(`${value}T00:00:00Z`).getUTCDay();
  return Number.isNaN(day) ? undefined : WEEKDAYS[day];
}

/**
 * "the haircut on the 17th": the day of the month said as an ordinal is the listed record on that day
 * ("… on Tuesday 17 June 2031 at 10:00"), not a clock time's hour. It asked for the booking reference.
 */
function saysItsDay(lower: string, item: Record<string, unknown>): boolean {
  const day = /\b(\d{1,2})(?:st|nd|rd|th)\b/.exec(lower)?.[1];
  if (day === undefined) return false;
  const text = Object.values(item)
    .filter((v) => typeof v === 'string')
    .join(' ');
  // A day kept as YYYY-MM-DD is that day of its month: "the 16th one" of a viewing on 2031-06-16.
  const isoDays = [...text.matchAll(/\b\d{4}-\d{2}-(\d{2})\b/g)].map((m) => Number(m[1]));
  if (isoDays.includes(Number(day))) return true;
  return new RegExp(`(?<![\\d:])0?${Number(day)}(?![\\d:])`).test(text.replace(/\d{4}-\d{2}-\d{2}/g, ' '));
}

/**
 * Which listed record the reply picks: its reference, a word only it has ("the Thursday one", "the
 * toner", "the one on Elm Street"), or its place ("the second one").
 */
export function pickedItem(
  items: Record<string, unknown>[],
  property: string,
  text: string,
): string | undefined {
  // "the one on summit... no wait the 16th one": what follows the correction, when it picks.
  return saidLast(text, (said) => itemPicked(items, property, said));
}

/**
 * "the one on summit", "the one with Dr. Patel": a one said with what it is picks by that, never the first
 * by its place ("the one on summit… no wait the 16th one" moved the first viewing listed, on the 14th).
 */
const ONE_SAID_WITH = /\bone\s+(?:on|with|at|for|in|from|near|by|about|of)\b/i;

function itemPicked(items: Record<string, unknown>[], property: string, text: string): string | undefined {
  // "the toner one please, not the haircut": what is ruled out picks nothing.
  const lower = withoutKept(text).toLowerCase();
  const byReference = items.find((i) => lower.includes(String(i[property]).toLowerCase()));
  const index = pickedIndex(text, items.length, !ONE_SAID_WITH.test(text));
  // A word every listed record has ("booking", "appointment") tells none of them apart.
  const said = lower
    .split(/[^a-z0-9'-]+/)
    .filter((w) => w.length >= 4 && !items.every((i) => wordsOf(i).has(w)));
  const only = items.filter((i) => said.some((w) => wordsOf(i).has(w)) || saysItsDay(lower, i));
  // What a record is for, in WordNet's words ("the heart one"), only when neither words nor a place pick.
  const defined =
    only.length === 0 && index === undefined
      ? items.filter((i) => said.some((w) => definedBy(w, wordsOf(i))))
      : [];
  // Words only one record has come before a place: "the one on Elm Street" is that one, not the first.
  const item =
    byReference ??
    (only.length === 1
      ? only[0]
      : index !== undefined
        ? items[index]
        : defined.length === 1
          ? defined[0]
          : undefined);
  const value = item?.[property];
  return typeof value === 'string' ? value : undefined;
}

/**
 * A pick from the records a look-up listed for a change ("There are 2 bookings under that number: …
 * Which one do you mean?" → "the second one"): the change the customer asked for, with the record's
 * reference. The change takes the reference as an optional value, so the offer's usual pick (a
 * required value) does not see it.
 */
export function pickForChange(
  offer: ToolResult,
  text: string,
  tools: readonly FunctionTool[],
  changesData: (toolName: string) => boolean,
  view: ConversationView,
): { tool: FunctionTool; property: string; value: string } | undefined {
  if (changesData(offer.name) || isQuestion(text) || !isRecord(offer.output)) return undefined;
  const offered = resultText(offer)?.trim();
  const at = offered ? view.exchanges.findIndex((e) => e.asked?.includes(offered)) : -1;
  if (at < 1) return undefined;
  const asked = view.exchanges.slice(0, at).map((e) => e.answer);
  const tool = requestedChange(asked, tools, changesData);
  const property = tool && referenceOf(tool);
  if (!tool || !property) return undefined;
  const items = Object.values(offer.output).find(
    (v): v is Record<string, unknown>[] =>
      Array.isArray(v) && v.length > 1 && v.every((i) => isRecord(i) && property in i),
  );
  const value = items && pickedItem(items, property, text);
  return value === undefined ? undefined : { tool, property, value };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
