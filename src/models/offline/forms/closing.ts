import type { ConversationView } from '../conversationView.ts';
import { PERSON_ON_REQUEST } from '../offlineModelOptions.ts';
import { isFailure } from '../responseTemplates.ts';
import { declines, isYes } from './digressions.ts';

/**
 * "thanks", "great", "yes" said after a job was done ("Done: $145 paid…", "You're booked…") is a
 * courtesy, not a request: it got the agent's fallback (what it can do, and a person offered), and at
 * the entry agent the router's clarifying question. It now gets a short close, and never a tool call.
 * So is "yes send it" after "I've sent the request to Dr. Okafor": it agrees with what is already done
 * (it went to the billing desk, whose texted link "sends").
 */

const COURTESY_WORD =
  "(?:ok(?:ay)?|k|alright|all right|ta|grand|noted|understood|great|perfect|awesome|cool|brilliant|lovely|nice|excellent|wonderful|fantastic|amazing|fab|good|sounds good|all good|got it|yes|yeah|ya|yep|yup|sure|thanks|thank you|thank u|ty|cheers|much appreciated|appreciate it|that's (?:great|perfect|all|it|everything|brilliant|lovely)|thats (?:great|perfect|all|it|everything)|(?:that's|thats) all i needed|please|please do|go ahead|do it|send it)";
/** Nothing but courtesy words: "thanks", "great, thank you so much!", "ok cheers", "thank you dear". */
const COURTESY = new RegExp(
  `^(?:${COURTESY_WORD}(?:\\s+(?:so much|very much|a lot|again|then|dear|love|mate|hun|darling|sir|madam|ma'am))?(?:[\\s,.!]+|$))+$`,
  'i',
);
/** A goodbye and nothing more: "bye", "ok thanks bye", "goodbye then", "see ya". */
const BYE = new RegExp(
  `^(?:${COURTESY_WORD}[\\s,.!]+)*(?:bye|bye bye|goodbye|good bye|byee+|see ya|see you|cya|ttyl)(?:\\s+(?:then|now|for now))?[\\s.!]*$`,
  'i',
);
/**
 * Leaving for now, politely: "cool cheers, I'll pop in another time", "ok I'll have a think and get back
 * to you", "ok, we're going now" (to the emergency department, as told). The front desk answered it with its menu.
 * "Lovely, I'll have a think and maybe come back after payday. Thanks!" to the colour desk's length
 * question got "Sorry, I didn't catch that".
 */
/** Going for now: "pop in", "come back", "get back to you", "have a think", "be in touch". */
const LEAVE =
  '(?:maybe\\s+|probably\\s+|perhaps\\s+)?(?:pop (?:in|by|back)|drop (?:in|by)|come (?:in|back|by)|call (?:back|again)|ring (?:back|again)|get back to (?:you|u)|be in touch|think about it|have a think(?: about it)?|leave it(?: there)?|sort it|book (?:it|in) (?:then|later))';
/** When: "another time", "after payday", "once I've checked my diary". */
const WHEN =
  "(?:\\s+(?:another time|later|some other time|tomorrow|next week|soon|then|for now|another day|after (?:payday|work|the weekend|the holidays|christmas|the new year)|(?:once|when) (?:i|we)(?:'ve| have)? [a-z' ]{1,30}?))?";
const LEAVING_FOR_NOW = new RegExp(
  `^(?:${COURTESY_WORD}[\\s,.!]+)*(?:(?:i'?ll|i will|we'?ll|we will)\\s+(?:just\\s+)?${LEAVE}${WHEN}(?:,?\\s+and\\s+${LEAVE}${WHEN})?|(?:i'?m|im|we'?re|i am|we are)\\s+(?:going|heading|leaving|off)(?:\\s+(?:in|over|out|there|to the (?:er|hospital|emergency (?:room|department))))?(?:\\s+(?:right\\s+)?now)?${WHEN})(?:[\\s,.!]+${COURTESY_WORD})*[\\s,.!]*$`,
  'i',
);
const THANKS = /\b(thanks?|thank (?:you|u)|ty|cheers|appreciate)/i;
/** The last reply offered something a bare "yes" or "great" may be taking ("I can also set up a demo"). */
const OFFERS = /\b(I can|I could|if that helps|would you like|shall I|let me know|want me to)\b/i;

/**
 * Taking back what was asked and nothing more: "actually never mind, thanks anyway", "forget it". Not
 * "actually scratch that, cancel the seat order": that asks for something else.
 */
const JUST_WITHDRAWN =
  /^\W*(?:(?:oh|ok|okay|actually|wait|hmm+|um+|no|ah|sorry)[\s,.!]+)*(?:never ?mind|nvm|forget (?:it|that|about it)|scratch that|don'?t bother|leave it)(?:[\s,.!]+(?:then|thanks?(?: anyway)?|thank (?:you|u)(?: anyway)?|cheers|sorry|it'?s fine|all good|i'?m good))*[\s.!]*$/i;

/** "that's all", "ok that's everything, thanks": the customer is done, whatever we asked. */
const ALL_DONE =
  /^\W*(?:(?:ok|okay|no|nope|great|thanks?|thank (?:you|u)|cheers|right|alright)[\s,.!]+)*(?:that'?s|thats|that is) (?:all|everything|it)(?:[\s,.!]+(?:thanks?|thank (?:you|u)|for now|cheers|then|i needed|bye))*[\s.!]*$/i;

/** A refusal that says the customer has what they came for: "no, that's all", "no thanks, I'm good". */
const ENOUGH = /\b(that'?s all|that'?s it|that'?s everything|thanks?|thank (?:you|u)|i'?m good|all good)\b/i;

/** The customer says there is nothing more: "that's all", "that's everything". */
const NOTHING_ELSE = /\b(?:that'?s|thats) (?:all|everything)\b/i;

/** Our own "anything else?" (a close, or a form given up), to which "no thanks" or "great" says goodbye. */
const ANYTHING_ELSE = /\banything else I can help with\?$/i;
const AGREES = /\b(yes|yeah|ya|yep|yup|sure|ok(?:ay)?|k)\b/i;

export const GOODBYE = 'Thanks for getting in touch. Have a good day!';
export const YOU_ARE_WELCOME = "You're welcome! Is there anything else I can help with?";
export const NO_PROBLEM = 'No problem. Is there anything else I can help with?';
export const GLAD_TO_HELP = 'Glad I could help. Is there anything else I can help with?';

/** Leaving or thanking and nothing else ("thanks bye", "cheers", "no that's all"): no answer to a question. */
export function onlyCourtesy(text: string): boolean {
  const said = text.trim();
  return (
    BYE.test(said) ||
    LEAVING_FOR_NOW.test(said) ||
    (COURTESY.test(said) && !AGREES.test(said)) ||
    (declines(said) && ENOUGH.test(said))
  );
}

/** Goodbye to a customer leaving ("ok bye", "I'll have a think and come back"), whatever we asked last. */
export function leavingReply(text: string): string | undefined {
  const said = text.trim();
  return BYE.test(said) || LEAVING_FOR_NOW.test(said) ? GOODBYE : undefined;
}

/**
 * The close for a courtesy said after a reply that asked nothing (a job done, an answer given), if
 * that is what `text` is. Not while a question, an offer or a person offer stands: "yes" then answers it.
 */
export function closingReply(view: ConversationView, text: string): string | undefined {
  const last = view.lastAssistantText?.trim();
  const said = text.trim();
  if (!last || view.arrivedByHandoff) return undefined;
  // "ok bye", "thanks, bye": leaving is leaving, whatever was asked last (it got the fallback, again).
  const leaving = leavingReply(said);
  if (leaving) return leaving;
  // "no thanks", "great thanks" to our "anything else?": a "yes" there still asks what else.
  if (ANYTHING_ELSE.test(last) && (declines(said) || (COURTESY.test(said) && !AGREES.test(said))))
    return GOODBYE;
  // "no, that's all" after a job done ("…an agent will contact you within one business day.") or to an
  // offer ("Would you like to see any of them?"): nothing was asked, or only more help was offered.
  const done = !last.endsWith('?') || OFFERS.test(last);
  if (declines(said) && (ENOUGH.test(said) || done) && !last.endsWith(PERSON_ON_REQUEST)) return GOODBYE;
  // "that's all" to the menu a desk handed back to ("…What do you need?"): nothing more is wanted (it was
  // offered a call back).
  if (ALL_DONE.test(said)) return GOODBYE;
  // "actually never mind, thanks anyway" with nothing under way: withdrawn, not a request (it got the
  // menu of what the desk can do, as if it had asked for something we could not read).
  if (JUST_WITHDRAWN.test(said)) return NO_PROBLEM;
  if (!COURTESY.test(said)) return undefined;
  // "thank you very much" to a reply that offered a person: thanks, not a yes to the person.
  if (last.endsWith(PERSON_ON_REQUEST) && THANKS.test(said) && !AGREES.test(said)) return YOU_ARE_WELCOME;
  if (last.endsWith('?') || last.endsWith(PERSON_ON_REQUEST)) return undefined;
  // "yes, that's everything, thanks": they have said there is nothing else; asking so again is a loop.
  if (NOTHING_ELSE.test(said)) return GOODBYE;
  if (THANKS.test(text)) return YOU_ARE_WELCOME;
  return OFFERS.test(last) ? undefined : GLAD_TO_HELP;
}

/**
 * "yes that's right, book it" said right after the booking was made with nothing read back (a viewing
 * books once the name and number are given): a yes to what is already done. It was read as the request
 * again — the viewing booked a second time ("moved to the same time"), and a salon booking read back
 * "yes thats right, book it on Tuesday…" for a second one. Only right after one of this agent's changes
 * that went through, when the reply asked nothing and offered nothing.
 */
export function yesToChangeJustMade(
  view: ConversationView,
  text: string,
  changesData: (tool: string) => boolean,
): string | undefined {
  const made = view.previousResult;
  const last = view.lastAssistantText?.trim();
  if (!made || !last || last.endsWith('?') || OFFERS.test(last) || last.endsWith(PERSON_ON_REQUEST))
    return undefined;
  if (
    made.messagesBefore !== view.userMessages.length - 1 ||
    !changesData(made.name) ||
    isFailure(made.output)
  )
    return undefined;
  return isYes(text) && AGREEMENT_ONLY.test(text.trim()) ? GLAD_TO_HELP : undefined;
}

/** Agreement and nothing more: "yes that's right, book it", "yep perfect"; not "ok can I also book a trim". */
const AGREEMENT_ONLY =
  /^(?:(?:yes|yeah|yep|yup|ya|ok(?:ay)?|sure|that'?s|thats|right|correct|perfect|great|lovely|fine|good|book|it|that|please|go|ahead|do|confirm(?:ed)?|thanks|thank|you|cheers)(?:[\s,.!]+|$))+$/i;
