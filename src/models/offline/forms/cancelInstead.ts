import { tokenize } from '../../../routing/textFeatures.ts';
import type { JsonSchema } from '../argumentExtraction.ts';
import type { AskedQuestion } from '../askedQuestions.ts';
import { inToolWords } from '../customerWords.ts';
import type { FunctionTool } from '../modelItems.ts';
import { describeProperty } from '../propertyKinds.ts';
import { makesNewRecord, objectWordsOf, sameObject, sameStem } from '../toolActions.ts';
import { actionWordsOf, namesAction, verbOf } from '../toolMatcher.ts';

/**
 * "actually just cancel it" said to the read-back of a move: the customer drops the booking itself, not
 * only the move. Read as giving up, the move stopped and the booking stayed, which is not what was asked.
 * The agent's cancellation of the same record (a tool that changes data, says "cancel" and takes the
 * move's identifying parameters) is read back instead; it still runs only on a yes.
 *
 * "cancel that", "never mind", "cancel the move" still withdraw the move: they point at the change just
 * read back, where "cancel it" / "cancel the viewing" point at the record.
 */

const FILLER =
  '(?:(?:actually|ok(?:ay)?|no|nah|then|just|rather|maybe|wait|hmm+|um+|sorry|please|so|you know what|on second thought|in that case)\\b[\\s,.!]*)*';
const ASK = "(?:(?:i'?d rather (?:you )?|let'?s |can you |could you |please |i want to |i'?d like to )?)";
const CANCEL_IT = new RegExp(
  `^\\W*${FILLER}${ASK}(?:just\\s+)?cancel\\s+(it|(?:the|my)\\s+(?:[\\w-]+\\s+){0,2}?([\\w-]+))(?:\\s+(?:instead|altogether|completely|entirely|then|after all|please|thanks|thank you))*\\W*$`,
  'i',
);
// The change itself named: "cancel the move" withdraws it (digressions.ts), it asks no cancellation.
const THE_CHANGE = /^(?:move|change|reschedul\w*|switch|update|request|that|this)$/i;

const CANCELS = /\bcancel/i;

/** Asked for the new day of a move ("Which day would you like instead?"): that move, if only one asks it. */
function movesAsking(
  property: string,
  tools: readonly FunctionTool[],
  changesData: (name: string) => boolean,
): FunctionTool | undefined {
  const moves = tools.filter(
    (t) =>
      changesData(t.name) &&
      !CANCELS.test(`${t.name} ${t.description ?? ''}`) &&
      !makesNewRecord(t.name) &&
      parameterNames(t).includes(property),
  );
  return moves.length === 1 ? moves[0] : undefined;
}

/** A message's sentences and dash- or comma-set parts. */
const PARTS = /(?<=[.!?])\s+|\s+[—–-]+\s+|,\s+/;

/** The change whose read-back the customer is answering, when the last question was one. */
function readBackOf(
  asked: AskedQuestion | undefined,
  tools: readonly FunctionTool[],
): FunctionTool | undefined {
  return asked?.kind === 'confirm' ? tools.find((t) => t.name === asked.tool) : undefined;
}

function parameterNames(tool: FunctionTool): string[] {
  const props = (tool.parameters as { properties?: Record<string, unknown> } | undefined)?.properties;
  return Object.keys(props ?? {});
}

/**
 * The cancellation to read back instead of the move `asked` reads back, when `text` asks to cancel the
 * record itself.
 */
export function cancellationInstead(
  asked: AskedQuestion | undefined,
  text: string,
  tools: readonly FunctionTool[],
  changesData: (name: string) => boolean,
): FunctionTool | undefined {
  if (asked?.kind !== 'confirm' && asked?.kind !== 'argument') return undefined;
  // "Actually, you know what, don't move it — just cancel it altogether. I'll rebook when I'm back": the
  // part that says it (it was read as giving up, and nothing was cancelled).
  const match = text
    .trim()
    .split(PARTS)
    .map((part) => CANCEL_IT.exec(part.trim()))
    .find((m) => m !== null);
  if (!match || (match[2] && THE_CHANGE.test(match[2]))) return undefined;
  const move =
    asked.kind === 'confirm'
      ? tools.find((t) => t.name === asked.tool)
      : movesAsking(asked.property, tools, changesData);
  // A cancellation's own read-back: "cancel it" agrees to it (formTurn.ts givesUp).
  if (!move || CANCELS.test(`${move.name} ${move.description ?? ''}`)) return undefined;
  const identifying = parameterNames(move);
  return tools.find(
    (t) =>
      t.name !== move.name &&
      changesData(t.name) &&
      CANCELS.test(`${t.name} ${t.description ?? ''}`) &&
      parameterNames(t).length > 0 &&
      parameterNames(t).every((p) => identifying.includes(p)),
  );
}

/** "…instead of cancelling", "rather than cancel it", "instead": the move is asked in the cancellation's place. */
const IN_ITS_PLACE = /\b(?:instead|rather)\b/i;

/**
 * "hmm actually wait, could I just move it a week later instead of cancelling?" said to a cancellation's
 * read-back: the customer keeps the booking and moves it. Heard as a question the desk could not answer,
 * the cancellation was read back again and the next "yes, Saturday 21 June at 9:30" cancelled it (dev24).
 * The agent's move of the same record (a change whose action the message names, taking every value the
 * cancellation identifies the record by) is read back instead; it still runs only on a yes.
 */
export function moveInstead(
  asked: AskedQuestion | undefined,
  text: string,
  tools: readonly FunctionTool[],
  changesData: (name: string) => boolean,
): FunctionTool | undefined {
  const cancel = readBackOf(asked, tools);
  if (!cancel || !CANCELS.test(`${cancel.name} ${cancel.description ?? ''}`)) return undefined;
  // In tools' words: "instead of cancelling can we make it later" asks for the move ("move it later").
  const words = tokenize(inToolWords(text));
  // "yes, 4pm on the 14th, go ahead" to the cancellation's read-back: a new time is no cancellation's
  // value, and the yes had cancelled the viewing. Not "the 4pm one" (which booking) nor "cancel it".
  const newTime = NEW_TIME.test(text) && !WHICH_ONE.test(text) && !namesAction(words, cancel.name);
  if (!IN_ITS_PLACE.test(text) && !newTime) return undefined;
  // "could I come friday instead": another day in the booking's place is the move, its verb unsaid.
  const newDay = IN_ITS_PLACE.test(text) && NEW_DAY.test(text) && !WHICH_ONE.test(text);
  const identifying = parameterNames(cancel);
  return tools.find(
    (t) =>
      t.name !== cancel.name &&
      changesData(t.name) &&
      verbOf(t.name) === 'reschedule' &&
      (newTime || newDay || namesAction(words, t.name)) &&
      identifying.every((p) => parameterNames(t).includes(p)),
  );
}

/** A clock time said outright: "4pm", "10:30", "at 3", "three o'clock" once spoken numbers are digits. */
const NEW_TIME = /\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|o'?clock)(?!\w)|\bat\s+\d{1,2}(?::\d{2})?\b/i;
/** A day said as where it goes: a weekday, "tomorrow", "next week", a day of the month. */
const NEW_DAY =
  /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|next week|the\s+\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}(?:st|nd|rd|th)\b)/i;
/** "the 4pm one", "the one at 10": a time that says which booking, not where it goes. */
const WHICH_ONE = /\bthe\s+[^,.;!?]*\bone\b|\bthe\s+one\s+at\b/i;

/**
 * "Yes, change ORD-0002 to 2 seats." to the read-back of the order's cancellation, "Yes, refund $17.88
 * on INV-2041." to a plan change's: a yes that names another of the agent's changes agrees to that one,
 * not to what was read back. Taken as a yes, it ran the change read back (or read it back again, and
 * again). That other change is read back instead, and runs only on a yes to it. Its action is said
 * ("change", "refund"), the read-back's is not, and it is the only such change (or the only one whose
 * thing is said too: "change … seats" when both a plan and an order's quantity can change).
 */
export function otherChangeInstead(
  asked: AskedQuestion | undefined,
  text: string,
  tools: readonly FunctionTool[],
  changesData: (name: string) => boolean,
): FunctionTool | undefined {
  if (asked?.kind !== 'confirm') return undefined;
  const words = tokenize(inToolWords(text));
  const saysFirst = (word: string, name: string) =>
    actionWordsOf(name).includes(word) || (verbOf(name) === 'change' && word === 'change');
  const says = (name: string) => words.some((w) => saysFirst(w, name));
  if (says(asked.tool)) return undefined;
  const others = tools.filter((t) => t.name !== asked.tool && changesData(t.name));
  // "Let's keep it, but make it 2 seats instead of 4": a new count in the record's place, said to a
  // change that takes no count, is the one change that does.
  const current = tools.find((t) => t.name === asked.tool);
  if (current && NEW_COUNT.test(text) && countsOf(current).length === 0) {
    // Of the same record: taking every value the read-back's change identifies it by (not a new order).
    const identifying = parameterNames(current);
    const counting = others.filter(
      (t) => countsOf(t).length > 0 && identifying.every((p) => parameterNames(t).includes(p)),
    );
    if (counting.length === 1) return counting[0];
  }
  // The action said first, as a request ("yes, change ORD-0002…"), not in passing ("yes, we may upgrade later").
  const first = tokenize(inToolWords(text).replace(OPENING, ''))[0];
  const named = others.filter((t) => first !== undefined && saysFirst(first, t.name));
  if (named.length === 1) return named[0];
  const ofThing = named.filter((t) => objectWordsOf(t.name).some((o) => words.some((w) => sameStem(o, w))));
  return ofThing.length === 1 ? ofThing[0] : undefined;
}

/** Agreement and filler a request may open with: "yes,", "ok then, please". */
const OPENING =
  /^\W*(?:(?:yes|yeah|yep|ok|okay|sure|no|nah|actually|then|please|pls|just|so|and|instead|rather|can you|could you|i'?d like to|i want to)\b[\s,.!]*)*/i;

/**
 * "make it 2 seats", "cut it down to 2", "2 instead of 4", "drop it from 4 seats to 2", "2 seats in
 * total": a number said as the one wanted now.
 */
const NEW_COUNT =
  /\b(?:make|change|cut|bring|take|drop|reduce|lower|raise|increase|bump)\s+(?:it|that|this|them)?\s*(?:down|up)?\s*(?:to\s+)?\d+\b|\b\d+\s+(?:[a-z]+\s+)?instead of\s+\d+\b|\bfrom\s+\d+\s+(?:[a-z]+\s+)?(?:down\s+|up\s+)?to\s+\d+\b|\b\d+\s+(?:[a-z]+\s+)?(?:in total|altogether)\b/i;

/** The properties of a tool that take a count (a number, whether or not it may be left out). */
function countsOf(tool: FunctionTool): string[] {
  const props = (tool.parameters as JsonSchema | undefined)?.properties ?? {};
  return Object.keys(props).filter((name) => {
    const { types } = describeProperty(name, props[name]);
    return types.includes('number') || types.includes('integer');
  });
}

/**
 * "Can you change that one rather than putting in a second order?" said to the read-back of a new order:
 * the customer has one and wants it changed, not another beside it. Taken as a yes to the new one, a
 * second order was placed (dev29). The one change of the same thing that neither makes a record nor
 * cancels one is read back instead; it still runs only on a yes.
 */
export function changeInsteadOfNew(
  asked: AskedQuestion | undefined,
  text: string,
  tools: readonly FunctionTool[],
  changesData: (name: string) => boolean,
): FunctionTool | undefined {
  const current = readBackOf(asked, tools);
  if (!current || !makesNewRecord(current.name)) return undefined;
  // Another of the thing the read-back makes ("a second order", "another one"), not "I'm not a new customer".
  const another = NOT_ANOTHER.exec(text)?.[1]?.toLowerCase();
  if (
    another === undefined ||
    (another !== 'one' && !objectWordsOf(current.name).some((o) => sameStem(o, another)))
  )
    return undefined;
  const changes = tools.filter(
    (t) =>
      t.name !== current.name &&
      changesData(t.name) &&
      !makesNewRecord(t.name) &&
      !CANCELS.test(`${t.name} ${t.description ?? ''}`) &&
      sameObject(t.name, current.name),
  );
  return changes.length === 1 ? changes[0] : undefined;
}

/** "rather than putting in a second order", "not a new booking", "instead of making another one". */
const NOT_ANOTHER =
  /\b(?:rather than|instead of|not|no need for|(?:don'?t|do not) (?:want|need))\s+(?:(?:putting in|placing|making|booking|adding|creating|opening|starting|doing)\s+)?(?:a\s+|an\s+)?(?:second|another|new|extra|separate|fresh)\s+([a-z]+)/i;
