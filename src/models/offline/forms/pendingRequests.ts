import type { NormalizedAgent } from '../../../graph/types.ts';
import { tokenize } from '../../../routing/textFeatures.ts';
import type { JsonSchema } from '../argumentExtraction.ts';
import { propertyNamedInQuestion } from '../askedQuestions.ts';
import type { ConversationView, ToolResult } from '../conversationView.ts';
import type { FunctionTool } from '../modelItems.ts';
import { isFailure, missingArgument } from '../responseTemplates.ts';
import { namesAction } from '../toolMatcher.ts';
import { asksWhatThereIs } from './asksWhatThereIs.ts';
import { wordsPicking } from './deskReply.ts';
import { isQuestion } from './digressions.ts';
import { pickForChange } from './lookUpFirst.ts';
import { offeredTime } from './offeredTime.ts';
import { pickedByTime } from './pickByTime.ts';
import { isPick, pickedIndex, referencesIn, SOONEST, WHICH_RECORD } from './picks.ts';
import { resultText } from './resultText.ts';

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
