import type { NormalizedAgent } from '../../../graph/types.ts';
import { findPropertyValue, type JsonSchema } from '../argumentExtraction.ts';
import { type AskedQuestion, alreadyAsked } from '../askedQuestions.ts';
import type { ConversationView } from '../conversationView.ts';
import { earliestTimeSaid, isEarliestTime } from '../earliestTime.ts';
import { type FunctionTool, parametersOf } from '../modelItems.ts';
import { namesPartOfDay, partOfDayNamed } from '../partOfDayWanted.ts';
import { describeProperty, isHintedReference, propertyWords } from '../propertyKinds.ts';
import { askForArgument, missingArgument } from '../responseTemplates.ts';
import { makesNewRecord } from '../toolMatcher.ts';
import { isYes } from './digressions.ts';
import { lookUpFirst } from './lookUpFirst.ts';
import { listedRecords } from './resultText.ts';

/**
 * What a form does before a change runs, besides asking for its required values: list the choices
 * for a value the customer cannot know (a slot number, a time when only a part of the day was said),
 * and ask once for an optional value the author wrote a question for.
 */

/** A tool that lists free times ("which stylists are free on a day and at what times"). */
export const FREE_TIMES = /\b(free|open(ings)?|available|availability)\b/i;
/**
 * "what's the earliest she can fit me in", "soonest you've got?": the customer asks which time is free
 * first, not to be asked "what time?". The tool that lists free times answers it.
 */
const EARLIEST_FREE =
  /\b(?:earliest|soonest|first (?:free|available|opening|slot|appointment)|next (?:free|available) (?:slot|time|appointment|opening))\b/i;

/**
 * "what's the earliest she can fit me in" with no form under way (just handed over after a colour
 * quote): the tool that lists free times answers it, with the day and stylist said before; without it
 * the agent greeted as if nothing had been said (tunable dev13-02).
 */
export function earliestAsked(
  text: string,
  tools: readonly FunctionTool[],
  readOnly: (tool: FunctionTool) => boolean,
): FunctionTool | undefined {
  if (!EARLIEST_FREE.test(text)) return undefined;
  return tools.find((t) => readOnly(t) && FREE_TIMES.test(t.description ?? ''));
}

/** It can narrow its list to the part of the day: an enum property with morning/afternoon/evening. */
function takesPartOfDay(tool: FunctionTool): boolean {
  const properties: Record<string, JsonSchema> = parametersOf(tool).properties ?? {};
  return Object.entries(properties).some(([name, raw]) =>
    describeProperty(name, raw).enum?.includes('afternoon'),
  );
}

/** It can start its list at the earliest time the customer can come (earliestTime.ts). */
function takesEarliest(tool: FunctionTool): boolean {
  const properties: Record<string, JsonSchema> = parametersOf(tool).properties ?? {};
  return Object.values(properties).some((raw) => isEarliestTime(String(raw.description ?? '')));
}

/** The listing's arguments start from the earliest time said. */
function listedFrom(args: Record<string, unknown> | undefined, from: string): boolean {
  return Object.values(args ?? {}).some((v) => v === from);
}

/**
 * An optional argument worth one question before a tool that changes data runs: the author wrote
 * an `askFor` template for it (book a demo → "what's your company?"), unless its description says
 * when to omit it. Asked once; if the customer declines, the tool runs without it.
 */
export function optionalQuestion(input: {
  agent: NormalizedAgent | undefined;
  tool: FunctionTool;
  unfilled: readonly string[];
  view: ConversationView;
  changesData: (toolName: string) => boolean;
  /** The values the form holds. */
  args?: Record<string, unknown>;
}): string | undefined {
  const { agent, tool, view } = input;
  if (!input.changesData(tool.name)) return undefined;
  const templates = agent?.responses?.askFor ?? {};
  const properties = (parametersOf(tool).properties ?? {}) as Record<string, { description?: string }>;
  // "omit when the patient has a single upcoming one": the author said when going without it is right,
  // so the tool runs and asks itself (with the choices in hand) if it needs it.
  const omittable = (p: string) => /\bomit when\b/i.test(properties[p]?.description ?? '');
  return input.unfilled.find(
    (p) =>
      templates[p] &&
      !omittable(p) &&
      !givenInstead(properties, p, input.args ?? {}) &&
      !saidToHaveNone(p, view.userMessages) &&
      !askedEnough(agent, p, view),
  );
}

/**
 * Asked once, and again while every reply was agreement alone: "yes that's fine" to "What's the phone
 * number the booking is under?" says the customer will give it, not what it is, and the change was
 * read back without it (then the tool asked anyway). The second asking is rephrased with an example and
 * the third offers a person (formTurn.ts `askStep`): "yes please", then "sure", had been read back
 * without the number, and the tool's own question then counted as a third. A refusal ("no") still lets
 * it run without.
 */
function askedEnough(agent: NormalizedAgent | undefined, property: string, view: ConversationView): boolean {
  if (!alreadyAsked(agent, property, view.assistantTexts)) return false;
  const question = askForArgument(agent, property);
  const replies = view.exchanges.filter((e) => e.asked?.includes(question)).map((e) => e.answer);
  // "yes book it" agrees to the change, not to give the value: it runs without.
  return !(replies.length <= 2 && replies.every((r) => isYes(r) && !GOES_AHEAD.test(r)));
}

const GOES_AHEAD = /\b(?:book|go ahead|do it|confirm|proceed|send it)\b/i;

/**
 * "no company yet, it's just me for now", said while a demo was being arranged: the caller has none of
 * the optional value, and being asked for it again ("What's the name of your company?", twice) is a loop.
 */
function saidToHaveNone(property: string, said: readonly string[]): boolean {
  const word = propertyWords(property).toLowerCase().split(' ').at(-1);
  if (!word) return false;
  const none = new RegExp(
    String.raw`\b(?:no|not an?|without an?|(?:do not|don'?t|dont) have (?:an?|any)|haven'?t got (?:an?|any))\s+${word}\b`,
    'i',
  );
  return said.some((m) => none.test(m));
}

/** "…when they do not know their account ID", "…instead of the booking reference". */
const STANDS_IN = /\b(?:instead of|in place of|without|(?:do not|don't|does not|doesn't) (?:know|have))\b/i;

/**
 * A value the form holds was written as standing in for `property` ("The email address the caller signs
 * in with, when they do not know their account ID"): the customer gave that, so `property` is not asked.
 */
function givenInstead(
  properties: Record<string, { description?: string }>,
  property: string,
  args: Record<string, unknown>,
): boolean {
  const words = propertyWords(property).toLowerCase();
  return Object.entries(properties).some(([name, p]) => {
    const description = (p.description ?? '').toLowerCase();
    const given = args[name] !== undefined && args[name] !== null;
    return given && name !== property && STANDS_IN.test(description) && description.includes(words);
  });
}

/**
 * "I need to book an appointment this week": the booking needs a slot number the customer cannot
 * know. A read-only tool of this agent named for that thing (`find_open_slots` for `slotId`) lists
 * the choices first; it is asked once, not again right after it answered, and not once the customer
 * was asked for a value. Likewise a time when the customer gave only a part of the day ("tomorrow
 * afternoon"): the tool that lists free times offers that part of the day's times, rather than
 * asking "what time?" of someone who has just said they do not mind.
 */
export function listerFor(input: {
  agent: NormalizedAgent | undefined;
  fill: { args: Record<string, unknown>; missing: readonly string[] };
  tool: FunctionTool;
  tools: readonly FunctionTool[];
  view: ConversationView;
  asked: AskedQuestion | undefined;
  changesData: (toolName: string) => boolean;
  now: Date;
}): FunctionTool | undefined {
  const { tool, tools, view, asked } = input;
  const contradicted = choiceContradicted(input);
  if (contradicted) return contradicted;
  const property = input.fill.missing[0];
  // No value missing: a record named by a phone number is looked up before the read-back.
  if (property === undefined) return datedLister(input) ?? lookUpFirst({ ...input, args: input.fill.args });
  const raw = parametersOf(tool).properties?.[property];
  if (!raw) return undefined;
  const kind = describeProperty(property, raw);
  const readOnly = (t: FunctionTool) => !input.changesData(t.name) && !view.calledThisTurn.has(t.name);
  if (kind.kind === 'time') {
    // Asked "what time?", a reply of only a part of the day ("morning") asks for that part's times too.
    const answered = asked?.kind === 'argument' && asked.property === property;
    const latest = view.userMessages.at(-1) ?? '';
    if (EARLIEST_FREE.test(latest) && !answered) {
      const free = tools.find((t) => readOnly(t) && FREE_TIMES.test(t.description ?? ''));
      if (free && view.previousResult?.name !== free.name) return free;
    }
    // "can I book a men's cut thursday after 4": the earliest the customer can come, said instead of a
    // time. The tool that lists free times from such a bound lists them (it had asked "What time would
    // you like?", and "the first one" then picked nothing); not again right after it listed from there.
    const from = earliestTimeSaid([latest]);
    const bounded =
      from && tools.find((t) => readOnly(t) && FREE_TIMES.test(t.description ?? '') && takesEarliest(t));
    if (
      bounded &&
      !(view.previousResult?.name === bounded.name && listedFrom(view.previousResult.args, from))
    )
      return bounded;
    const dayOnly = dayListerFor(input, latest);
    if (!answered && dayOnly) return dayOnly;
    // A part of the day said instead of a clock time: "tomorrow afternoon", or as a bound or habit
    // ("after work", "first thing": partOfDayWanted.ts).
    if (answered && !namesPartOfDay(latest)) return undefined;
    if (!view.userMessages.some(namesPartOfDay)) return undefined;
    const lister = tools.find(
      (t) => readOnly(t) && FREE_TIMES.test(t.description ?? '') && takesPartOfDay(t),
    );
    // "afternoon please" right after the whole day's times were listed (mornings first): that part's
    // times, not "Sorry, I didn't catch that". Not the same part listed again.
    const listedAgain = view.previousResult?.name === lister?.name;
    const narrowed = answered && listedAgain && !partListed(view.previousResult?.args ?? {}, latest);
    return lister && (!listedAgain || narrowed) ? lister : undefined;
  }
  if (asked?.kind === 'argument' || !isHintedReference(kind))
    return kind.kind === 'date' ? lookUpFirst({ ...input, args: input.fill.args }) : undefined;
  const noun = propertyWords(property)
    .replace(/\s*ID$/i, '')
    .toLowerCase();
  if (noun.length < 3) return undefined;
  const lister = tools.find(
    (t) =>
      readOnly(t) &&
      new RegExp(`\\b${noun}s?\\b`).test(propertyWords(t.name)) &&
      // It needs nothing from the customer (strict schemas list optional properties as nullable).
      (parametersOf(t).required ?? []).every((p: string) => {
        const prop = parametersOf(t).properties?.[p];
        return prop !== undefined && describeProperty(p, prop).nullable;
      }),
  );
  return lister && view.previousResult?.name !== lister.name ? lister : undefined;
}

/**
 * "can I book a men's cut for thursday": a booking's day said with no time. The free times that day are
 * listed (the tool that lists them from a day), where "What time would you like?" was asked of a
 * customer who cannot know what is free, and "the first one" then picked nothing. Not again right after
 * it listed.
 */
function dayListerFor(input: BookingInHand, latest: string): FunctionTool | undefined {
  const { tool, view } = input;
  if (!makesNewRecord(tool.name)) return undefined;
  const dayHere = readsDay(tool, latest, input.now);
  const lister = freeTimesByDay(input);
  if (!lister) return undefined;
  // It asked first which service ("Is that a … men's cut or women's cut…?"), and "mens" answered it.
  const previous = view.previousResult;
  const askedFirst = previous?.name === lister.name && missingArgument(previous.output) !== undefined;
  return askedFirst || (dayHere && previous?.name !== lister.name) ? lister : undefined;
}

/** The listing's arguments name the part of the day the reply asks for. */
function partListed(args: Record<string, unknown>, reply: string): boolean {
  const wanted = partOfDayNamed(reply);
  return Object.values(args).some((v) => typeof v === 'string' && v.toLowerCase() === wanted);
}

/** A booking being filled in, and what the agent can call to list its choices. */
type BookingInHand = {
  fill: { args: Record<string, unknown> };
  tool: FunctionTool;
  tools: readonly FunctionTool[];
  view: ConversationView;
  changesData: (toolName: string) => boolean;
  now: Date;
};

/**
 * "i need to book a follow up with dr patel on dec 8": the booking takes a slot, not a day, and without
 * one it offered the next openings from today; "8:30 please" then booked Saturday's 8:30 (a chat probe,
 * 2026-11-27). While no slot is chosen, a day the latest message names goes to the tool that lists the
 * free times from a day, so the openings offered are that day's.
 */
function datedLister(input: BookingInHand): FunctionTool | undefined {
  const { tool, view } = input;
  // Only a booking chooses among openings: a complaint about Saturday's haircut lists no Saturday times.
  if (!makesNewRecord(tool.name)) return undefined;
  const properties: Record<string, JsonSchema> = parametersOf(tool).properties ?? {};
  const unchosen = Object.entries(properties).some(([name, raw]) => {
    const value = input.fill.args[name];
    return (value === undefined || value === null) && isHintedReference(describeProperty(name, raw));
  });
  if (
    !unchosen ||
    Object.entries(properties).some(([name, raw]) => describeProperty(name, raw).kind === 'date')
  )
    return undefined;
  const lister = freeTimesByDay(input, view.userMessages.at(-1) ?? '');
  return lister && view.previousResult?.name !== lister.name ? lister : undefined;
}

/** A date property of `tool` reads a day from `text` ("thursday", "dec 8"). */
function readsDay(tool: FunctionTool, text: string, now: Date): boolean {
  const properties: Record<string, JsonSchema> = parametersOf(tool).properties ?? {};
  return Object.entries(properties).some(
    ([name, raw]) =>
      describeProperty(name, raw).kind === 'date' &&
      findPropertyValue(parametersOf(tool), name, text, now) !== undefined,
  );
}

/**
 * The read-only tool that lists free times from a day (not yet called this turn); with `text`, one whose
 * day `text` says.
 */
function freeTimesByDay(input: BookingInHand, text?: string): FunctionTool | undefined {
  const { view } = input;
  return input.tools.find((t) => {
    if (input.changesData(t.name) || view.calledThisTurn.has(t.name) || !FREE_TIMES.test(t.description ?? ''))
      return false;
    if (text !== undefined) return readsDay(t, text, input.now);
    const own: Record<string, JsonSchema> = parametersOf(t).properties ?? {};
    return Object.entries(own).some(([name, raw]) => describeProperty(name, raw).kind === 'date');
  });
}

/**
 * "how about Friday with Dr. Patel" after Thursday's openings were listed: the opening the booking holds
 * (the first listed, kept in the conversation's state) is on another day or with another doctor than the
 * message asks, so the openings are listed again for what it asks. The name and number asked next had
 * booked Thursday's 8:30 with Dr. Okafor.
 */
function choiceContradicted(input: BookingInHand): FunctionTool | undefined {
  const { tool, view, now } = input;
  if (!makesNewRecord(tool.name)) return undefined;
  const properties: Record<string, JsonSchema> = parametersOf(tool).properties ?? {};
  const held = Object.entries(properties).filter(
    ([name, raw]) =>
      typeof input.fill.args[name] === 'string' && isHintedReference(describeProperty(name, raw)),
  );
  if (held.length === 0) return undefined;
  const latest = view.userMessages.at(-1) ?? '';
  const results = [view.previousResult, ...view.earlierResults];
  return input.tools.find((lister) => {
    if (input.changesData(lister.name) || view.calledThisTurn.has(lister.name)) return false;
    if (!FREE_TIMES.test(lister.description ?? '')) return false;
    const items = listedRecords(results.find((r) => r?.name === lister.name)?.output);
    const listerSchema = parametersOf(lister);
    return held.some(([name]) => {
      const item = items.find((i) => i[name] === input.fill.args[name]);
      if (!item) return false;
      return Object.entries(listerSchema.properties ?? {}).some(([p, raw]) => {
        const kind = describeProperty(p, raw as JsonSchema).kind;
        if ((kind !== 'date' && kind !== 'enum') || !(p in item)) return false;
        const said = findPropertyValue(listerSchema, p, latest, now);
        return said !== undefined && said !== null && String(said) !== String(item[p]);
      });
    });
  });
}
