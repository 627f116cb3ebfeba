import type { JsonSchema } from '../argumentExtraction.ts';
import type { ConversationView } from '../conversationView.ts';
import { withoutPhoneNumbers } from '../numberSaid.ts';
import { describeProperty } from '../propertyKinds.ts';
import { asksWhatThereIs } from './asksWhatThereIs.ts';
import { timesSaid } from './pickByTime.ts';
import { PICK_PHRASE, pickedIndex, referencesIn } from './picks.ts';

/**
 * A tool that offers choices keeps the first one as "that one" (the clinic's openings put the first
 * slot in the state), so that a follow-up "book it" books it. A question that picks none of them is no
 * "book it": "Do you have anything on Tuesday December 1st in the morning?" booked the first opening
 * offered, for Saturday (a chat probe). Without the kept reference the change's form lists the choices
 * again, by what the question asks (chosenToolStep.ts: `listerFor`).
 *
 * Only references (a slot, an appointment): a kept name or day still fills its form. A question naming
 * the reference ("can I have SL-2025?") or picking ("could I get the first one?") is read as before.
 */
export function stateForReply(
  state: Record<string, unknown> | undefined,
  schema: JsonSchema,
  text: string,
  view?: Pick<ConversationView, 'lastAssistantText' | 'userMessages' | 'assistantTexts'>,
  makesNew = false,
): Record<string, unknown> | undefined {
  if (!state) return state;
  const unpicked = view !== undefined && answersBesideTheOffer(text, view);
  const stale = view === undefined || unpicked || !makesNew ? undefined : firstOfferedEarlier(text, view);
  if (!unpicked && !stale && (!asksWhatThereIs(text) || pickedIndex(text, 3) !== undefined)) return state;
  const kept = Object.entries(schema?.properties ?? {})
    .filter(([name, raw]) => describeProperty(name, raw as JsonSchema).kind === 'reference')
    .map(([name]) => name)
    .filter((name) => name in state && (stale === undefined || state[name] === stale));
  if (kept.length === 0) return state;
  return Object.fromEntries(Object.entries(state).filter(([k]) => !kept.includes(k)));
}

/**
 * The first of openings offered before our last reply, kept in the state as "that one", when no reply
 * since the offer points at it (by its reference, as the first or soonest, by its day or its time) or
 * may choose it as a reply right after the offer may.
 * Something was said since the offer — the hours asked aside, "Which opening would you like?" — and a
 * name, a number, "great thanks" or "thursday at 11" said after it had booked that first opening,
 * unchosen (a Monday for a caller who had asked for Thursday). Only for a change that makes a record (a
 * booking), and only that reference: a record the caller holds, kept by its own look-up, is still "it".
 */
function firstOfferedEarlier(
  text: string,
  view: Pick<ConversationView, 'lastAssistantText' | 'assistantTexts' | 'userMessages'>,
): string | undefined {
  if (isOffer(view.lastAssistantText?.trim() ?? '')) return undefined;
  const at = view.assistantTexts.slice(0, -1).findLastIndex((t) => isOffer(t.trim()));
  if (at < 0) return undefined;
  const offer = view.assistantTexts[at];
  // The replies since the offer: one for each of our replies after it, and this one.
  const since = [...view.userMessages.slice(-(view.assistantTexts.length - at)), text];
  const listed = referencesIn(offer);
  const day = WEEKDAY.exec(offer)?.[0].toLowerCase();
  const clock = /\b(\d{1,2}):(\d{2})\b/.exec(offer);
  const time = clock ? Number(clock[1]) * 60 + Number(clock[2]) : undefined;
  const pointsAtFirst = (said: string) =>
    referencesIn(said.toUpperCase()).includes(listed[0]) ||
    pickedIndex(said, listed.length) === 0 ||
    (day !== undefined && said.toLowerCase().includes(day)) ||
    (time !== undefined && timesSaid(said, listed.length).includes(time));
  // Or may choose, as a reply right after the offer may (MAY_CHOOSE), and names no other of it: not
  // another reference, place in the list, day or time.
  const pointsElsewhere = (said: string) => {
    const times = timesSaid(said, listed.length);
    const days = said.toLowerCase().match(new RegExp(WEEKDAY.source, 'gi')) ?? [];
    const picked = pickedIndex(said, listed.length);
    return (
      referencesIn(said.toUpperCase()).some((r) => r !== listed[0]) ||
      (picked !== undefined && picked !== 0) ||
      days.some((d) => d !== day) ||
      (times.length > 0 && (time === undefined || !times.includes(time)))
    );
  };
  const mayChooseFirst = (said: string) =>
    MAY_CHOOSE.test(withoutPhoneNumbers(said)) && !pointsElsewhere(said);
  return since.some((said) => pointsAtFirst(said) || mayChooseFirst(said)) ? undefined : listed[0];
}

/** A question closing a list of choices: "Which one would you like?", "Which would suit you?". */
const OFFER_QUESTION = /\bwhich\b[^.?!]*\?\s*$/i;

/** Two or more references listed, closed by a question asking which. */
const isOffer = (said: string) => OFFER_QUESTION.test(said) && referencesIn(said).length >= 2;
/**
 * Words that may choose among the offer: a number (a time, a day of the month, a reference), a day or a
 * part of the day, an ordinal or "soonest", agreement ("book it", "yes" — asked which: noneOfTheList.ts).
 */
const MAY_CHOOSE =
  /\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:today|tomorrow|tonight|morning|afternoon|evening|noon|midday|half|quarter|o'?clock|first|second|third|last|earliest|soonest|latest|either|any|whichever|that|this|it|yes|yeah|yep|sure|ok|okay|fine|book|take|works|suits?|good|great|perfect|please)\b/i;

/** The first weekday a list names: the day of its first item ("The next openings are Thursday, …"). */
const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

/**
 * "Sam Lee 555-0100" said to three openings and "Which one would you like?": the caller's details, and
 * no choice. The first opening kept as "that one" booked a slot the caller never chose, with no
 * read-back (a storyteller given openings she never asked for was booked into one on giving her name).
 * Such a reply keeps no offered reference, and the form asks which one — unless the first opening is on
 * the day the caller had just asked for ("what about Thursday with Dr. Whitfield"): that one is theirs.
 */
export function answersBesideTheOffer(
  text: string,
  view: Pick<ConversationView, 'lastAssistantText' | 'userMessages'>,
): boolean {
  const listed = view.lastAssistantText?.trim();
  if (!listed || !isOffer(listed)) return false;
  const firstDay = WEEKDAY.exec(listed)?.[0].toLowerCase();
  const asked = view.userMessages.at(-2)?.toLowerCase() ?? '';
  if (firstDay && asked.includes(firstDay)) return false;
  // A phone number is taken out before looking for a day or a time in the reply.
  const rest = withoutPhoneNumbers(text);
  return !PICK_PHRASE.test(rest) && !MAY_CHOOSE.test(rest) && referencesIn(text.toUpperCase()).length === 0;
}
