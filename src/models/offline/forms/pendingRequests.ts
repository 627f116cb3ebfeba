import type { NormalizedAgent } from '../../../graph/types.ts';
import { tokenize } from '../../../routing/textFeatures.ts';
import type { JsonSchema } from '../argumentExtraction.ts';
import { propertyNamedInQuestion } from '../askedQuestions.ts';
import { WEEKDAYS, weekdayIndex } from '../calendarWords.ts';
import type { ConversationView, ToolResult } from '../conversationView.ts';
import { definedBy } from '../glossedPick.ts';
import type { FunctionTool } from '../modelItems.ts';
import { nameAloneTakenBy } from '../nameTakingTool.ts';
import { isFailure, missingArgument } from '../responseTemplates.ts';
import { namesAction } from '../toolMatcher.ts';
import { asksWhatThereIs } from './asksWhatThereIs.ts';
import { relayedRequest, relayToDesk } from './deskRelay.ts';
import { isQuestion } from './digressions.ts';
import { isReadBack } from './formQuestions.ts';
import { pickForChange } from './lookUpFirst.ts';
import { offeredTime } from './offeredTime.ts';
import { pickedByTime } from './pickByTime.ts';
import { isPick, PICK_PHRASE, pickedIndex, referencesIn, SOONEST, WHICH_RECORD } from './picks.ts';
import { agreesToRelayedReadBack } from './plainConfirmation.ts';
import { resultText } from './resultText.ts';
import { statedReason } from './statedReason.ts';

export { isPick } from './picks.ts';
export { resultText } from './resultText.ts';

/**
 * Requests that wait on the customer: a tool (or a desk consulted as a tool) answered with a question
 * rather than a result, so the customer's next words belong to it. Two cases:
 * - it needed something another tool provides ("What's your full name and date of birth?" before
 *   appointments can be read): once that other tool has succeeded, the request is made again, as the
 *   customer asked it — they should not have to repeat "check my upcoming appointments";
 * - a desk offered a choice ("…Which one would you like?"): the reply ("the first one is fine",
 *   "SL-2057 please") goes back to that desk, the only one that knows what it offered.
 */

/** Answers on the side a waiting request may sit behind ("do you take Humana?" while it waits). */
const MAX_ASIDES_BEHIND = 2;

/**
 * The request to make again now that the trailing results provided what it asked for: a result before
 * the customer's reply asked for a property of a tool that has just succeeded. Read-only answers given
 * on the side since ("do you take Humana?" → the accepted plans) do not bury the waiting request; one
 * made after the providing tool last ran was already made again.
 */
export function requestToResume(
  view: ConversationView,
  schemaOf: (toolName: string) => JsonSchema | undefined,
): ToolResult | undefined {
  const providers = view.trailingResults.filter((r) => !isFailure(r.output));
  // A request made this turn that asked for what the message had already said (askedWhatWasSaid.ts)
  // waits in this turn, before the check that has just run.
  const earlier = [...view.earlierThisTurn, ...view.earlierResults.slice(0, MAX_ASIDES_BEHIND + 1)];
  for (const waiting of earlier) {
    // A failed try of the providing tool ("I couldn't find a patient with those details") made nothing
    // again: the request before it still waits.
    if (providers.some((p) => p.name === waiting.name)) {
      if (isFailure(waiting.output)) continue;
      return undefined;
    }
    const text = resultText(waiting);
    const needed = missingArgument(waiting.output);
    if (needed === undefined && !text?.trim().endsWith('?')) continue;
    // It asked for a value of its own ("What's the invoice number?" from the invoice look-up) that the
    // customer then gave to another tool (the refund): nothing was waiting on that tool.
    if (needed !== undefined && needed in (schemaOf(waiting.name)?.properties ?? {})) return undefined;
    const provided = providers.some((r) => {
      if (r.name === waiting.name) return false;
      const properties = Object.keys(schemaOf(r.name)?.properties ?? {});
      return (
        (needed !== undefined && properties.includes(needed)) ||
        (text !== undefined && propertyNamedInQuestion(properties, text) !== undefined)
      );
    });
    return provided ? waiting : undefined;
  }
  return undefined;
}

/** The tool whose question (the agent's last words) the customer's message answers, if any. */
export function toolAwaitingReply(view: ConversationView): ToolResult | undefined {
  const previous = view.previousResult;
  const said = previous ? resultText(previous)?.trim() : undefined;
  const last = view.lastAssistantText?.trim();
  if (!last) return undefined;
  if (said?.endsWith('?') && last.includes(said)) return previous;
  // A look-up's list of the caller's records, asked about for a change (readBackFacts.ts).
  // Also said again after a bare "yes" to it (noneOfTheList.ts).
  if (said && last.endsWith(`${said} ${WHICH_RECORD}`)) return previous;
  // "how much is that?" after the openings got a reply that asked nothing of its own (a fallback):
  // the offer still stands, and "the first one" picks from it.
  const before = view.assistantTexts.at(-2)?.trim();
  if (said?.endsWith('?') && !last.endsWith('?') && before?.includes(said)) return previous;
  // The same when the aside went to a tool, whose answer asked nothing ("do I need to bring anything?"
  // to the appointments desk, which answered with what it can do): the offer said just before stands.
  // Only after a question: "yes" to a read-back made the change, and "thanks" after it picks nothing.
  const aside = view.exchanges.at(-2)?.answer;
  const standing =
    !said?.endsWith('?') && !last.endsWith('?') && before && aside !== undefined && isQuestion(aside)
      ? view.earlierResults.slice(1, 4).find((r) => {
          const offered = resultText(r)?.trim();
          return offered?.endsWith('?') === true && before.endsWith(offered);
        })
      : undefined;
  if (standing) return standing;
  // "Thank you, Dana, you're verified. The next openings … Which one would you like?": an offer made
  // again after another tool's answer (answerResults.ts) is still that offer; so is one said again after
  // a desk's question and its answer ("Which service should I check…?" → "office visit": two results).
  return view.earlierResults.slice(1, 4).find((r) => {
    const offered = resultText(r)?.trim();
    return offered?.endsWith('?') === true && last.endsWith(offered);
  });
}

/** The desk (an agent used as a tool) whose question the customer's message answers, if any. */
export function deskAwaitingReply(
  agent: NormalizedAgent | undefined,
  view: ConversationView,
): ToolResult | undefined {
  const previous = toolAwaitingReply(view);
  return previous && agent?.agentTools?.some((t) => t.toolName === previous.name) ? previous : undefined;
}

/**
 * Whether the customer's reply goes back to the desk that asked (SDK input: `input`): unless it clearly
 * asks another tool. Any reply but a question to the desk's read-back ("actually make it $50") is the
 * desk's, not another desk's: "$50" went to the appointments desk, which cancelled an appointment.
 */
export function replyGoesToDesk(
  agent: NormalizedAgent | undefined,
  desk: ToolResult,
  chosenTool: string | undefined,
  text: string,
): boolean {
  // "Hannah Kowalski" said after a desk's openings: ours to take when a tool of ours takes a name (identity).
  // Not when the desk itself asked for a name.
  if (nameAloneTakenBy(agent, text) && !/\bname\b/i.test(resultText(desk) ?? '')) return false;
  if (chosenTool === undefined || chosenTool === desk.name) return true;
  // "yeah cancel it please im feeling a lot better" to the desk's read-back: the desk's, whatever the aside.
  if (isReadBack(resultText(desk)) && agreesToRelayedReadBack(text, resultText(desk))) return true;
  // "the physical therapy one" names one of the desk's offered items, whatever else its words fit.
  if (!isQuestion(text) && referencePicked(desk, text) !== undefined) return true;
  // The agent's own tool still takes what it takes: a name and birth date verify the caller, and the
  // read-back is offered again after (answerResults.ts).
  const isDesk = agent?.agentTools?.some((t) => t.toolName === chosenTool) === true;
  return isDesk && isReadBack(resultText(desk)) && !isQuestion(text);
}

/**
 * A desk's offer reaches us as its words ("…08:30 (SL-2054), 13:00 (SL-2055)… Which one would you
 * like?"), and the desk reads the reply with no memory of the offer: "the second one" is passed on as
 * the reference it points at ("SL-2055"), which the desk takes like a customer naming it.
 */
export function referencePicked(desk: ToolResult, text: string): string | undefined {
  const offered = resultText(desk);
  if (!offered) return undefined;
  const references = referencesIn(offered);
  // "are there any openings Thursday afternoon?" asks for others: it had picked the first opening, whose
  // words ("The next openings at the clinic are …") were the only ones to say "openings".
  if (references.length < 2 || asksWhatThereIs(text)) return undefined;
  const index = pickedIndex(text, references.length);
  if (index !== undefined) return references[index];
  const timed = textBeforeEach(offered, references).map((before) => ({
    time: before.match(/\b\d{1,2}:\d{2}\b/g)?.at(-1),
    day: before.match(WEEKDAY_NAMES)?.at(-1),
  }));
  // "Dr. Whitfield please, Thursday afternoon after school…" to openings on Monday and Tuesday: a day
  // none of them is on asks for another opening, and picks none (it booked Monday's first).
  const day = weekdayIndex(text);
  if (day !== undefined && timed.every((t) => t.day !== undefined && weekdayIndex(t.day) !== day))
    return undefined;
  // "yes the 9am one": the item whose time (the last clock time before its reference) was said.
  // With the day it is on, when the offer says it ("…, Tuesday, December 8 at 09:00 (SL-2081)").
  const byTime = pickedByTime(text, timed);
  return byTime !== undefined ? references[byTime] : referenceNamed(offered, references, text);
}

/** A weekday's name, wherever it stands in an offer's words. */
const WEEKDAY_NAMES = new RegExp(`\\b(?:${WEEKDAYS.join('|')})\\b`, 'gi');

/** The offered text cut at each reference: what was said of each item, in order. */
function textBeforeEach(offered: string, references: readonly string[]): string[] {
  let from = 0;
  return references.map((reference, i) => {
    const at = offered.indexOf(reference, from);
    // The offer's lead-in ("The next openings with Dr. Ben Whitfield are …") is said of every item, not
    // the first: "Dr. Whitfield please" picked the first of three openings, all with Dr. Whitfield.
    const before = i === 0 ? withoutLeadIn(offered.slice(from, at)) : offered.slice(from, at);
    from = at + reference.length;
    return before;
  });
}

/** The first item's own words: what follows the offer's last "are"/"is"/colon before it. */
function withoutLeadIn(first: string): string {
  const cut = [...first.matchAll(/\b(?:are|is)\s+|:\s+/g)].at(-1);
  return cut?.index === undefined ? first : first.slice(cut.index + cut[0].length);
}

/** The words of a reply that may name an offered item, leaving out what it says it is not ("not", "keep"). */
function wordsPicking(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/\b(?:not|keep|leave)\b[^,.;]*/g, ' ')
      .match(/[a-z]{4,}/g) ?? []
  ).filter(
    (w) =>
      !['that', 'this', 'with', 'have', 'what', 'which', 'should', 'would', 'please', 'cancel'].includes(w),
  );
}

/**
 * "the physical therapy one, not the heart doctor": the one offered item (the words before its
 * reference) that has a word the reply says, leaving out what the reply says it is not.
 */
function referenceNamed(offered: string, references: readonly string[], text: string): string | undefined {
  const said = wordsPicking(text);
  if (said.length === 0) return undefined;
  const items = textBeforeEach(offered, references).map((before, i) => ({
    reference: references[i],
    words: new Set(before.toLowerCase().match(/[a-z]{4,}/g) ?? []),
  }));
  const named = items.filter((i) => said.some((w) => i.words.has(w)));
  if (named.length === 1) return named[0].reference;
  const defined = named.length === 0 ? items.filter((i) => said.some((w) => definedBy(w, i.words))) : [];
  return defined.length === 1 ? defined[0].reference : undefined;
}

/**
 * What a reply to a desk's question is passed on as; the desk reads each request with no memory of what
 * it asked. A pick from an offer goes as the reference picked, with the reason the customer gave when the
 * desk was first asked ("…next week, my knee has been hurting" → "SL-2054, my knee has been hurting"; the
 * booking was saved as "visit"). A reply that is only a value — no word at all ("3" to "Over how many
 * months would you like to spread it?", "$50") — goes with the question it answers, as a person relaying
 * it would say it. A reply in words to one of the desk's slot questions (`asksSlot`: deskQuestion.ts)
 * goes with the request and the question. Anything else as said.
 */
/** A desk's question after listing a caller's records for a change. */
const WHICH_RECORD_ASKED = /\bWhich one (?:do you mean|should I \w+)\?\s*$/;

export function replyForDesk(desk: ToolResult, text: string, asksSlot = false): string {
  // A reply to the desk's read-back ("yes", "no", "make it $50") goes with the exchange it answers.
  const said = resultText(desk);
  const request = (desk.args as { input?: unknown } | undefined)?.input;
  if (isReadBack(said) && typeof request === 'string' && said !== undefined)
    return relayToDesk(request, said, text);
  const reference = referencePicked(desk, text);
  if (reference !== undefined) {
    // The request the desk was first asked, also when our last message to it was a relayed exchange.
    const input = (desk.args as { input?: unknown } | undefined)?.input;
    const asked = typeof input === 'string' ? relayedRequest(input) : input;
    const why = typeof asked === 'string' ? statedReason(asked) : undefined;
    if (why !== undefined) return `${reference}, ${why}`;
    // Which of the caller's records a change is about ("…Which one should I cancel?", "…Which one do you
    // mean?" before a move): the pick goes back with the change asked for, since cancelling and moving
    // both take the reference and the desk remembers neither.
    return typeof asked === 'string' && WHICH_RECORD_ASKED.test(said ?? '')
      ? `${reference}, ${asked}`
      : reference;
  }
  // "the purple one" to "…Which one should I cancel?", naming none of them: the desk hears its question
  // with it (alone it read as a new request and offered openings to book).
  if (WHICH_RECORD_ASKED.test(said ?? '') && PICK_PHRASE.test(text) && typeof request === 'string' && said)
    return relayToDesk(request, said, text);
  // A reply in words to one of the desk's own slot questions ("it's 555-0198" to "What's the new phone
  // number?") goes with the exchange it answers, as a read-back's reply does; alone it meant nothing.
  // So does a bare value ("40" to "How much would you like to pay today?" after "I need to pay some of
  // my bill"): with the question alone, the desk read it as a number of months.
  if (asksSlot && typeof request === 'string' && said !== undefined) return relayToDesk(request, said, text);
  if (/\p{L}/u.test(text)) return text;
  const question = resultText(desk)
    ?.split(/(?<=[.!?])\s+/)
    .findLast((sentence) => sentence.trim().endsWith('?'));
  return question ? `${text.trim()}: ${question.trim()}` : text;
}

/**
 * "the first one is fine", "the second", "the last one", "that one" after a tool offered a list
 * (items carrying `property`, e.g. `slots: [{slotId…}]`): the offered value chosen, if any.
 */
export function offeredChoice(offer: ToolResult, property: string, text: string): string | undefined {
  const out = offer.output;
  if (!out || typeof out !== 'object') return undefined;
  const items = Object.values(out as Record<string, unknown>).find(
    (v): v is Record<string, unknown>[] =>
      Array.isArray(v) && v.length > 0 && v.every((i) => i && typeof i === 'object' && property in i),
  );
  if (!items) return /time/i.test(property) ? offeredTime(out as Record<string, unknown>, text) : undefined;
  // "the 1:30 one": by its time, only for an offer of references (slots), never a time a form takes.
  // "Dr Whitfield's please": by a word only one item holds (its doctor), when the time says none.
  const timed = pickedByTime(text, items) ?? itemNamed(text, items);
  const reference = timed === undefined ? undefined : items[timed]?.[property];
  const named =
    typeof reference === 'string' && /^[A-Z]{2,8}-\d{2,}(-\d+)*$/.test(reference) ? reference : undefined;
  const index = pickedIndex(text, items.length);
  // "the one on the Thursday": "the one" alone places nothing when the words after it name one item (the
  // Tuesday booking, listed first, was taken, and its cancellation read back). A place said outright
  // ("the second one") still comes first.
  if (named !== undefined && pickedIndex(text, items.length, false) === undefined) return named;
  const value = index === undefined ? undefined : items[index]?.[property];
  return typeof value === 'string' ? value : undefined;
}

/** The index of the one offered item one of whose words the reply says (as `referenceNamed` reads it). */
function itemNamed(text: string, items: readonly Record<string, unknown>[]): number | undefined {
  const said = new Set(wordsPicking(text));
  const words = (item: Record<string, unknown>) =>
    Object.values(item).flatMap((v) =>
      typeof v === 'string' ? (v.toLowerCase().match(/[a-z]{4,}/g) ?? []) : [],
    );
  const named = items.flatMap((item, i) => (words(item).some((w) => said.has(w)) ? [i] : []));
  return named.length === 1 ? named[0] : undefined;
}

/** A data-changing tool taking a value the customer picked from a tool's offer ("the first one"). */
export function choiceFromOffer(
  offer: ToolResult,
  text: string,
  tools: readonly FunctionTool[],
  changesData: (toolName: string) => boolean,
  view?: ConversationView,
): { tool: FunctionTool; property: string; value: string } | undefined {
  // "1:30 with Dr Okafor is in school time. is there anything Thursday morning with Dr Whitfield?": a
  // reply asking what else there is turns the offer down; the time it names is no pick (it booked the
  // 1:30 turned down). A reference or an ordinal in it still picks ("is the second one free?").
  if (
    asksWhatThereIs(text) &&
    pickedIndex(text, 3) === undefined &&
    referencesIn(text.toUpperCase()).length === 0
  )
    return undefined;
  // One of the records a look-up listed for a change ("Which one do you mean?" → "the second one"): for
  // the change asked, not the first tool that takes the reference.
  const forChange = view ? pickForChange(offer, text, tools, changesData, view) : undefined;
  if (forChange) return forChange;
  // "please cancel the toner" picks for the change it names: the first change taking the reference
  // (a move) had been taken, and only the booking was shown.
  const says = (t: FunctionTool) => Number(namesAction(tokenize(text), t.name));
  for (const tool of [...tools].sort((a, b) => says(b) - says(a))) {
    if (!changesData(tool.name)) continue;
    const required: string[] = (tool.parameters as JsonSchema)?.required ?? [];
    for (const property of required) {
      const value = offeredChoice(offer, property, text);
      if (value !== undefined) return { tool, property, value };
    }
  }
  return undefined;
}

/**
 * A pick said on an earlier turn ("the second one", then "Whose name…?" → "Ravi Shah"): the value it
 * chose, read again from the offer and the reply right after it, since nothing is remembered. The
 * offer's tool had put its first item in the state, so the booking made on the name's turn took the
 * first slot, not the second.
 */
export function earlierPick(
  view: ConversationView,
  tools: readonly FunctionTool[],
  changesData: (toolName: string) => boolean,
): { property: string; value: string } | undefined {
  for (const offer of view.earlierResults.slice(0, 3)) {
    // A change made since the offer used it up.
    if (changesData(offer.name) && !isFailure(offer.output)) return undefined;
    const offered = resultText(offer)?.trim();
    if (!offered) continue;
    // The pick may follow an aside the offer stood through ("how much is that?", then "the second one").
    // The offer asks, or the reply that said it asks after it ("Aisha at 09:00, 09:30 or 10:00. What time
    // would you like? We're open 9:00 to 18:00.", then "the earliest please", then the name: the time was
    // asked again).
    const asksAfter = (asked: string) =>
      offered.endsWith('?') || asked.slice(asked.indexOf(offered) + offered.length).includes('?');
    const at = view.exchanges.findIndex((e) => e.asked?.includes(offered) && asksAfter(e.asked));
    // Or one of the records listed for a change, named by a word only it has ("the Thursday one").
    // Or by its time ("the 8:30 one").
    const byTime = (said: string) =>
      isRecord(offer.output) &&
      Object.values(offer.output).some(
        (v) => Array.isArray(v) && v.every(isRecord) && pickedByTime(said, v) !== undefined,
      );
    // Or by a word only one item holds ("Dr Whitfield's", then the name: it booked the first, Dr. Okafor).
    // Or in a request of any length that asks for the change itself ("could I just book him in with Dr.
    // Whitfield tomorrow morning?", then the name: it booked the first opening, Dr. Okafor's at 08:30).
    const picksFromOffer = (said: string) => {
      const chosen = choiceFromOffer(offer, said, tools, changesData);
      if (chosen === undefined) return false;
      const short = said.trim().split(/\s+/).length <= 4;
      // "what's the earliest she can fit me in" to the times listed: the first of them, however said.
      return byTime(said) || short || SOONEST.test(said) || namesAction(tokenize(said), chosen.tool.name);
    };
    const picks = (said: string) =>
      isPick(said) ||
      picksFromOffer(said) ||
      pickForChange(offer, said, tools, changesData, view) !== undefined;
    const reply = at < 0 ? undefined : view.exchanges.slice(at, at + 3).find((e) => picks(e.answer))?.answer;
    return reply === undefined ? undefined : choiceFromOffer(offer, reply, tools, changesData, view);
  }
  return undefined;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
