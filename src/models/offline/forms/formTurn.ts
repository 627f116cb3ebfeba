import type { NormalizedAgent, NormalizedGraph } from '../../../graph/types.ts';
import { tokenize } from '../../../routing/textFeatures.ts';
import {
  findPropertyValue,
  isFreeTextProperty,
  isPlainTextProperty,
  type JsonSchema,
  namedAnswer,
} from '../argumentExtraction.ts';
import type { AskedQuestion } from '../askedQuestions.ts';
import type { ToolResult } from '../conversationView.ts';
import { sameArguments } from '../modelItems.ts';
import { PERSON_ON_REQUEST } from '../offlineModelOptions.ts';
import { findPersonName } from '../personNames.ts';
import { describeProperty } from '../propertyKinds.ts';
import { askForArgument, isFailure, missingArgument } from '../responseTemplates.ts';
import { namesAction } from '../toolMatcher.ts';
import { holdsNewValue } from './currentValues.ts';
import { isCancel, isNo, isQuestion, isYes, withdraws } from './digressions.ts';
import {
  baseQuestion,
  exampleFor,
  longDay,
  personOffer,
  questionUnanswered,
  rephrasedQuestion,
  withExample,
} from './formQuestions.ts';
import { isPick } from './pendingRequests.ts';
import { agreesAtReadBack } from './plainConfirmation.ts';
import { withoutChangeWords } from './selfCorrection.ts';
import { isOnlyFiller, isPersonName } from './slotValues.ts';

/**
 * One turn of a form (a tool's missing arguments collected from the customer): what to ask next,
 * never the same question a third time, and which of the customer's replies are values.
 */

/** Said when the customer turns down the person offered after two tries. */
const PERSON_DECLINED = "No problem, I'll stay with you.";

export type FormStep = { say: string } | { call: string; args: Record<string, unknown> };

/** The edge to a person: the policy's escalation target or an agent marked human. */
export function personEdge(graph: NormalizedGraph, agent: NormalizedAgent | undefined): string | undefined {
  return agent?.handoffs.find((e) => e.to === graph.policy.escalateTo || graph.byName.get(e.to)?.human)
    ?.toolName;
}

/**
 * Asks for `property`: plainly; the second time in a row rephrased with an example; the third time a
 * person is offered; after that the conversation goes to the person (a loop helps nobody).
 * `progress`: the customer's last reply filled something else, so asking again is not a repeat.
 */
export function askStep(input: {
  agent: NormalizedAgent | undefined;
  property: string;
  schema: JsonSchema;
  asked: AskedQuestion | undefined;
  /** true, or what to say for it (a correction: progressOf). */
  progress: boolean | string;
  person: string | undefined;
  /** Asked instead of the property's own question (a vague value narrowed: vagueValues.ts). */
  question?: string;
  /** The customer's reply, when it is the one being answered. */
  said?: string;
  /** What the form holds so far. */
  args?: Record<string, unknown>;
  /** Our replies so far, oldest first: how many times in a row the question was already put. */
  replies?: readonly string[];
}): FormStep {
  const { agent, property, schema, asked } = input;
  const question = input.question ?? askForArgument(agent, property);
  const same = asked?.kind === 'argument' && asked.property === property;
  // Put twice in a row already, thanked or rephrased: "What name should I put the booking under?" was
  // said four times while the customer gave a phone number and "any stylist is fine" (each filled
  // something else). The third time goes on as if nothing was filled: a person is offered.
  const repeated = same && inARow(input.replies ?? [], baseQuestion(question)) >= 2;
  // The reply filled something else ("kai@lee.example" to "who is it for?"): thank, then ask again.
  // A correction said while another slot is asked ("oops make that 5pm") is acknowledged by its value.
  const corrected = typeof input.progress === 'string';
  const thanks = corrected ? input.progress : 'Thanks.';
  // Asked again after a reply that filled something else: with an example, as a second asking is.
  if (same && input.progress && !repeated && !corrected)
    return { say: `${thanks} ${withExample(question, exampleFor(agent, property, schema))}` };
  if (corrected && !repeated) return { say: `${thanks} ${question}` };
  if (!same) return { say: question };
  // "i dont know my account number": no rephrasing will help; where to find it, and a person. Only for a
  // value the tool cannot go without ("I don't have a call ID handy" lets the call log take the account).
  const needed =
    (schema?.required ?? []).includes(property) &&
    !describeProperty(property, schema?.properties?.[property] ?? {}).nullable;
  if (input.person && needed && input.said !== undefined && cannotGive(input.said))
    return { say: `No problem. ${question} ${PERSON_ON_REQUEST}` };
  const phone = phoneInsteadOfName(agent, { schema, property, said: input.said, args: input.args });
  if (phone) return { say: phone };
  const sameDay = timeOnTheSameDay(agent, schema, property, input.said);
  if (sameDay) return { say: sameDay };
  if (asked.attempt === 1 && input.said !== undefined && isQuestion(input.said))
    return { say: questionUnanswered(agent, property) };
  if (asked.attempt === 1 && !repeated) return { say: rephrasedQuestion(agent, property, schema) };
  if (asked.attempt <= 2 || !input.person) return { say: personOffer(agent, property, schema) };
  // "no" to "I can pass you to a member of our team: just say yes": the person is declined, so the
  // conversation stays here (it had been handed over all the same), the value still wanted.
  if (input.said !== undefined && isNo(input.said)) return { say: `${PERSON_DECLINED} ${question}` };
  return {
    call: input.person,
    args: { reason: `could not get the ${property} after three tries`, intent: 'escalation.form' },
  };
}

/** How many of our last replies in a row put `question` (said plainly, thanked or rephrased). */
function inARow(replies: readonly string[], question: ReturnType<typeof baseQuestion>): number {
  if (!('text' in question)) return 0;
  let n = 0;
  for (let i = replies.length - 1; i >= 0 && replies[i].includes(question.text); i--) n++;
  return n;
}

/**
 * "it's under Priya Nair" to "Which day would you like instead?": the form takes no name, and finds the
 * booking by the phone number it is under. The name is thanked and that number asked for, where it had
 * been "Sorry, I didn't catch that" and the day asked again.
 */
function phoneInsteadOfName(
  agent: NormalizedAgent | undefined,
  form: { schema: JsonSchema; property: string; said?: string; args?: Record<string, unknown> },
): string | undefined {
  const { schema, property, said, args } = form;
  if (said === undefined || /\d/.test(said) || findPersonName(said) === undefined) return undefined;
  const kinds = Object.entries((schema?.properties ?? {}) as Record<string, JsonSchema>).map(
    ([name, raw]) => ({
      name,
      kind: describeProperty(name, raw).kind,
    }),
  );
  if (kinds.some((p) => p.kind === 'person')) return undefined;
  // A name said to the phone question itself is no progress: that is asked again as any miss is.
  const phone = kinds.find((p) => p.kind === 'phone' && (args?.[p.name] ?? null) === null);
  return phone && phone.name !== property ? `Thanks. ${askForArgument(agent, phone.name)}` : undefined;
}

/**
 * "could it be a bit later in the day?", "same day but later please" to a move's "Which day would you like
 * instead?": the day stays, only the time moves. It was heard as a question nothing answers, and the day
 * asked again until a person was offered. The move's new time is asked instead; with no day said the move
 * keeps the booking's own. (At the salon "later that day if possible" is still read as a request for the
 * day's free times, a look-up, and does not reach this question.)
 */
const DAY_STAYS =
  /\b(?:(?:later|earlier)\s+(?:on\s+)?(?:in\s+)?(?:the|that)\s+(?:same\s+)?day|(?:the\s+)?same\s+day|that\s+same\s+day)\b/i;

function timeOnTheSameDay(
  agent: NormalizedAgent | undefined,
  schema: JsonSchema,
  property: string,
  said: string | undefined,
): string | undefined {
  const properties = (schema?.properties ?? {}) as Record<string, JsonSchema>;
  const info = describeProperty(property, properties[property] ?? {});
  if (said === undefined || info.kind !== 'date' || !holdsNewValue(info.description) || !DAY_STAYS.test(said))
    return undefined;
  if (findPropertyValue(schema, property, said, new Date()) !== undefined) return undefined;
  const time = Object.entries(properties).find(([name, raw]) => {
    const p = describeProperty(name, raw);
    return p.kind === 'time' && holdsNewValue(p.description);
  });
  return time ? `The same day, then. ${askForArgument(agent, time[0])}` : undefined;
}

/** "I don't know it", "don't have my account number", "no idea", "can't find it": the value cannot be given. */
function cannotGive(said: string): boolean {
  return /\b(?:i\s+)?(?:don'?t|do not|dont)\s+(?:know|have|remember)\b|\bno idea\b|\bcan'?t (?:find|remember)\b|\bnot sure what\b/i.test(
    said,
  );
}

/** Words that change a value already given: "oops make that 5pm", "actually Sunday", "no, not 4", "let's do highlights then". */
export const CORRECTION =
  /\b(make (it|that)|change (it|that)|actually|instead|oops|sorry|rather|no,? not|let'?s (do|go (with|for)))\b|^no\b/i;

/**
 * Whether the newest reply filled or changed a value: false, true, or, when it changed a value the
 * form already had to one said in the reply ("oops make that 5pm"), the words that say so, so that the
 * customer hears the correction was taken ("Thanks, I've changed that to 5pm.") and not only "Thanks.".
 */
export function progressOf(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  reply: string,
): boolean | string {
  if (JSON.stringify(before) === JSON.stringify(after)) return false;
  const changed = Object.keys(after).find(
    (k) => before[k] !== undefined && after[k] !== before[k] && typeof after[k] !== 'object',
  );
  const value = changed === undefined ? undefined : String(after[changed]);
  const said = value !== undefined && value.length <= 30 && reply.toLowerCase().includes(value.toLowerCase());
  // "no, Thursday" changes the day to 2026-12-03: said back as the day it is, "Thursday 3 December 2026".
  const day = value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value) ? longDay(value) : undefined;
  const dayNamed = day !== undefined && new RegExp(`\\b${day.slice(0, 3)}`, 'i').test(reply);
  if (CORRECTION.test(reply) && dayNamed) return `Thanks, I've changed that to ${day}.`;
  return said && CORRECTION.test(reply) ? `Thanks, I've changed that to ${value}.` : true;
}

/** The question to go back to after a digression: the slot asked for, or the read-back. */
export function resumeQuestion(
  agent: NormalizedAgent | undefined,
  asked: AskedQuestion | undefined,
  lastAssistantText: string | undefined,
): string | undefined {
  if (asked?.kind === 'argument') return askForArgument(agent, asked.property);
  if (asked?.kind === 'confirm') return lastAssistantText;
  return undefined;
}

/**
 * A change that just failed (a booking not found under that number) and would be read back and tried
 * again with the very same details: the customer said "yes" or "cancel it" again, not what to change.
 * A result that named the value it still needs is asked for instead (askStep).
 */
export function repeatsFailedChange(
  previous: ToolResult | undefined,
  tool: string,
  args: Record<string, unknown>,
): boolean {
  return (
    previous?.name === tool &&
    isFailure(previous.output) &&
    missingArgument(previous.output) === undefined &&
    sameArguments(previous.args, args)
  );
}

export const FAILED_WITH_SAME_DETAILS =
  "I've just tried that with these details and it didn't go through. If one of them was wrong, tell me the right one.";

/** Whether a form is waiting for the customer's reply. */
export function inForm(asked: AskedQuestion | undefined): boolean {
  return asked?.kind === 'argument' || asked?.kind === 'confirm';
}

export { isCancel, isNo, isYes };

/**
 * The customer gives up on the form ("never mind", "cancel that"). "yes cancel it" to the read-back
 * of a cancellation agrees to it: "yes" first, and "cancel" is the action the read-back's tool does.
 */
export function givesUp(asked: AskedQuestion | undefined, text: string): boolean {
  if (!inForm(asked) || !isCancel(text)) return false;
  // "ok forget it, don't close it" opens like a yes and names the action, but withdraws it.
  if (withdraws(text)) return true;
  // "yeah that's the one, cancel it please" to a question of the cancellation (the phone it is
  // under): agreeing first, then "cancel it", asks for the cancellation; it had stopped the form.
  if (asked?.kind === 'argument' && AGREES_FIRST.test(text)) return false;
  return !(
    asked?.kind === 'confirm' &&
    (isYes(text) || agreesAtReadBack(text, asked.tool)) &&
    namesAction(tokenize(text), asked.tool)
  );
}

/** A reply that opens by agreeing ("yes", "yeah that's the one", "that's it"). */
const AGREES_FIRST =
  /^\W*(?:yes|yeah|yep|yup|ok|okay|sure|correct|right|that'?s (?:the one|it|right|correct|mine))\b/i;

/**
 * The customer's replies by slot: answers to our questions, and for slots that take words as said
 * (a reason, a service, a company) the newest reply since the request that nothing else claimed.
 */
export function formAnswers(
  schema: JsonSchema,
  toolDescription: string,
  answers: Readonly<Record<string, string>>,
  repliesSinceRequest: readonly string[],
  now: Date,
): Record<string, string> {
  const own = { ...answers };
  // "Hannah Kowalski" to "what's the best number?": not a number, but the name the form also needs.
  for (const [asked, reply] of Object.entries(answers)) {
    if (!(asked in (schema?.properties ?? {}))) continue;
    if (
      findPropertyValue(schema, asked, reply, now) !== undefined ||
      namedAnswer(schema, asked, reply) !== undefined
    )
      continue;
    const named = Object.keys(schema?.properties ?? {}).find(
      (p) => own[p] === undefined && namedAnswer(schema, p, reply) !== undefined && isPersonName(reply),
    );
    if (named !== undefined) own[named] = reply;
  }
  // An answer is claimed by the question it answered only when it gives that value: "just a trim" to
  // "what time?" is no time, and may be the service.
  const claimed = Object.entries(answers)
    .filter(
      ([asked, reply]) => !(asked in (schema?.properties ?? {})) || givesValue(schema, asked, reply, now),
    )
    .map(([, reply]) => reply);
  for (const p of Object.keys(schema?.properties ?? {})) {
    const plain = isPlainTextProperty(schema, p);
    if (own[p] !== undefined || !(plain || isFreeTextProperty(schema, p))) continue;
    const about = plain ? undefined : toolDescription;
    const reply = unclaimedReply(schema, p, repliesSinceRequest, claimed, now, about);
    if (reply !== undefined) own[p] = reply;
  }
  return own;
}

/**
 * For free-text slots ("which service?"): the newest reply since the request that no other slot
 * claimed and that says something ("a women's cut please" after "what time?"), if any. Questions,
 * agreement and filler are never values.
 */
export function unclaimedReply(
  schema: JsonSchema,
  property: string,
  repliesSinceRequest: readonly string[],
  answered: readonly string[],
  now: Date,
  /** The tool's description for a free-text slot; undefined for a plain name-like slot. */
  toolDescription: string | undefined,
): string | undefined {
  const others = Object.keys(schema?.properties ?? {}).filter((p) => p !== property);
  const about =
    toolDescription === undefined
      ? undefined
      : `${schema?.properties?.[property]?.description ?? ''} ${toolDescription}`;
  for (const reply of [...repliesSinceRequest].reverse()) {
    if (
      answered.includes(reply) ||
      isQuestion(reply) ||
      isOnlyFiller(reply) ||
      // "ok lets do a blow dry then" starts like a yes, but changes the value.
      (isYes(reply) && !CORRECTION.test(reply)) ||
      isNo(reply) ||
      isCancel(reply) ||
      isPick(reply)
    )
      continue;
    if (others.some((p) => findPropertyValue(schema, p, reply, now) !== undefined)) continue;
    if (/\d/.test(reply) || reply.trim().split(/\s+/).length > 12) continue;
    // About what the slot describes ("a women's cut" for "the service… e.g. men's cut"); for a plain
    // name-like slot (`about` undefined: a company), a short capitalised phrase ("Lee Media").
    const fits =
      about === undefined ? /^[A-Z]\S*(\s+\S+){0,4}$/.test(reply.trim()) : sharesWord(reply, about);
    if (!fits) continue;
    return withoutChangeWords(reply.trim().replace(/[.!]+$/, ''));
  }
  return undefined;
}

/** The reply gives a value of `property` as the form reads it (any words answer a free-text question). */
function givesValue(schema: JsonSchema, property: string, reply: string, now: Date): boolean {
  return (
    isFreeTextProperty(schema, property) ||
    isPlainTextProperty(schema, property) ||
    findPropertyValue(schema, property, reply, now) !== undefined ||
    namedAnswer(schema, property, reply) !== undefined
  );
}

function sharesWord(text: string, about: string): boolean {
  const words = (t: string) =>
    new Set((t.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((w) => !isOnlyFiller(w)));
  const topic = words(about);
  return [...words(text)].some((w) => topic.has(w) || topic.has(w.replace(/s$/, '')));
}
