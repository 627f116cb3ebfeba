import type { NormalizedAgent, NormalizedGraph } from '../../graph/types.ts';
import { tokenize } from '../../routing/textFeatures.ts';
import type { ConversationView, Exchange } from './conversationView.ts';
import { findDate } from './entityExtractors.ts';
import { isNo, isQuestion, isYes } from './forms/digressions.ts';
import { askedAboutTheReply } from './forms/saidJustNow.ts';
import { findTimeOfDay } from './forms/slotValues.ts';
import type { FunctionTool } from './modelItems.ts';
import { actionOwner } from './routeAsides.ts';
import { namesAction } from './toolMatcher.ts';

/**
 * "Root touch-up is $75… Would you like me to book it?" — "12:30 would be perfect", or "yes please".
 * The colour desk offers a booking it cannot make (Booking's tool makes it), so the reply fell to its
 * fallback ("What colour are you after?") and the customer was never booked. A reply that takes an
 * offer to do something another agent's data-changing tool does goes to that agent, which reads the
 * offer and the reply as the request.
 */

/** Our last words ended with an offer to act: "Would you like me to book it?", "Shall I book that?". */
const OFFER =
  /\b(?:would you like|do you want|shall|should|can|want)\s+(?:me\s+to\s+|i\s+|us\s+to\s+|we\s+)?([a-z]+)\s+(?:it|that|this|one|you\s+in|them)\b[^?.!]*\?\s*$/i;

/** The action our last words offered ("book it"), if they ended with an offer. */
export function offeredAction(lastAssistantText: string | undefined): string | undefined {
  const m = lastAssistantText?.match(OFFER);
  return m ? `${m[1].toLowerCase()} it` : undefined;
}

/** A reply that takes the offer: a yes, or the day or time it should be ("12:30 would be perfect"). */
function takesOffer(text: string, now: Date): boolean {
  if (isNo(text) || isQuestion(text)) return false;
  return isYes(text) || /^(?:please|lovely|go on)\b/i.test(text.trim()) || findTimeOfDay(text) !== undefined
    ? true
    : findDate(text, now) !== undefined;
}

/** The transfer to the agent that does what we offered, when the reply takes the offer and we cannot. */
export function offerTakenElsewhere(
  graph: NormalizedGraph,
  agent: NormalizedAgent | undefined,
  view: ConversationView,
  text: string,
  tools: readonly FunctionTool[],
  enabledHandoffs: readonly string[],
  now: Date,
) {
  const action = offeredAction(view.lastAssistantText);
  if (!action || !takesOffer(text, now)) return undefined;
  return actionOwner(graph, agent, action, tools, enabledHandoffs);
}

/**
 * Our own tool does what the offer said (Booking, handed the reply to the colour desk's "Would you
 * like me to book it?"): that tool, about the request the offer answered ("I think I need my roots
 * done… Wednesday?"), so the service and day said there are the booking's.
 */
export function offerTakenHere(
  view: ConversationView,
  text: string,
  tools: readonly FunctionTool[],
  changesData: (name: string) => boolean,
  now: Date,
): { tool: FunctionTool; focusText: string; retryOf?: undefined } | undefined {
  const action = offeredAction(view.lastAssistantText);
  // A question the offer's own words answered again ("and do I need a patch test for it?",
  // saidJustNow.ts) is not what the offer was made for: the message before it is.
  const askedAbout = askedAboutTheReply(view.exchanges);
  const request = view.userMessages.slice(0, -1).findLast((m) => !askedAbout.has(m));
  if (!action || request === undefined || !takesOffer(text, now)) return undefined;
  const words = tokenize(action);
  const tool = tools.find((t) => changesData(t.name) && namesAction(words, t.name));
  return tool ? { tool, focusText: request } : undefined;
}

/** A reply that took an offer ("12:30 would be perfect" to "…book it?"): an answer, never the request. */
export function tookAnOffer(exchange: Exchange, now: Date): boolean {
  return offeredAction(exchange.asked) !== undefined && takesOffer(exchange.answer, now);
}
