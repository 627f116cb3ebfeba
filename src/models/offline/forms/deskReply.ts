import type { NormalizedAgent } from '../../../graph/types.ts';
import { WEEKDAYS, weekdayIndex } from '../calendarWords.ts';
import type { ToolResult } from '../conversationView.ts';
import { definedBy } from '../glossedPick.ts';
import { nameAloneTakenBy } from '../nameTakingTool.ts';
import { asksWhatThereIs } from './asksWhatThereIs.ts';
import { relayedRequest, relayToDesk } from './deskRelay.ts';
import { isQuestion } from './digressions.ts';
import { isReadBack } from './formQuestions.ts';
import { narrowsOfferByTime } from './offerNarrowed.ts';
import { pickedByTime } from './pickByTime.ts';
import { PICK_PHRASE, pickedIndex, referencesIn } from './picks.ts';
import { agreesToRelayedReadBack } from './plainConfirmation.ts';
import { resultText } from './resultText.ts';
import { statedReason } from './statedReason.ts';

/*
 * A reply to a desk (an agent used as a tool) that asked the customer something: whether it goes back to
 * that desk, which of the desk's offered items it picks, and the words it is passed on in.
 */

/** Words of when: a day or a part of it, sooner or later. */
const WHEN_ASKED =
  /\b(?:day|days|week|weekend|morning|afternoon|evening|time|later|earlier|sooner|tomorrow|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;

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
  // "is there anything later in the week?" to the desk's "Which day would you like instead?": it asks the
  // desk what days there are ("later" had drawn the billing desk, which answered with what it can do).
  if (asksWhatThereIs(text) && WHEN_ASKED.test(text) && WHEN_ASKED.test(resultText(desk) ?? '')) return true;
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
export function wordsPicking(text: string): string[] {
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

/** A desk's question after listing a caller's records for a change. */
const WHICH_RECORD_ASKED = /\bWhich one (?:do you mean|should I \w+)\?\s*$/;

/**
 * What a reply to a desk's question is passed on as; the desk reads each request with no memory of what
 * it asked. A pick from an offer goes as the reference picked, with the reason the customer gave when the
 * desk was first asked ("…next week, my knee has been hurting" → "SL-2054, my knee has been hurting"; the
 * booking was saved as "visit"). A reply that is only a value — no word at all ("3" to "Over how many
 * months would you like to spread it?", "$50") — goes with the question it answers, as a person relaying
 * it would say it. A reply in words to one of the desk's slot questions (`asksSlot`: deskQuestion.ts)
 * goes with the request and the question. Anything else as said.
 */
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
    // Which of the caller's records a change is about ("…Which one should I cancel?", "…Which one do you
    // mean?" before a move): the pick goes back with the change asked for, since cancelling and moving
    // both take the reference and the desk remembers neither. Also when the request said why ("I need to
    // reschedule my appointment, something came up at work"): the reason alone asked for no move, and the
    // visit picked was listed again.
    if (typeof asked === 'string' && WHICH_RECORD_ASKED.test(said ?? '')) return `${reference}, ${asked}`;
    const why = typeof asked === 'string' ? statedReason(asked) : undefined;
    return why !== undefined ? `${reference}, ${why}` : reference;
  }
  // "the purple one" to "…Which one should I cancel?", naming none of them: the desk hears its question
  // with it (alone it read as a new request and offered openings to book).
  if (WHICH_RECORD_ASKED.test(said ?? '') && PICK_PHRASE.test(text) && typeof request === 'string' && said)
    return relayToDesk(request, said, text);
  // "can it be thursday afternoon?" to the desk's openings: the request again, at that time (offerNarrowed.ts).
  if (referencesIn(said ?? '').length >= 2 && typeof request === 'string' && said && narrowsOfferByTime(text))
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
