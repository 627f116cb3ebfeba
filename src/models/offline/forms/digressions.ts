import type { NormalizedAgent } from '../../../graph/types.ts';
import { askedTopics } from './askedTopics.ts';

/**
 * What a customer's message is before it is read as a slot value: giving up on the form, a question
 * the agent answers from fixed facts, plain agreement or refusal. Checked first on every turn of a form.
 */

// "Forget the upgrade. Can I just buy one extra number?": the change named, given up (not "don't forget
// the card", a reminder).
const CANCEL =
  /\b(never ?mind|nvm|(?<!(?:don'?t|do not|not|never) )forget (it|that|about it|(?:about )?the \w+)|scratch that|cancel (that|it|this)(?! (booking|appointment|reservation|one|visit|viewing|order))|don'?t bother|leave it|scrap (that|it)|not anymore|i'?ll keep it|stop (that|this|it))\b/i;
// "nah actually don't", "no, don't": a refusal that ends on "don't" withdraws the request; "don't"
// inside a sentence ("I don't have it with me") does not.
const WITHDRAWN = /^\W*(no|nah|nope|actually|wait)\b.*\b(don'?t|do not)( do it| do that)?\W*$/i;

// "ok forget it, don't close it", "please don't charge me yet": an order not to act, at the start of a
// clause ("I don't want to close it" too) and ending the message or its sentence ("wait, no, dont cancel.
// can i move it to 21 june?": the cancellation's read-back was said again, and the yes cancelled it). Only acting verbs: "don't take too much off" is how to do it, and "no
// don't book friday, saturday instead" goes on to say what to do (a correction).
export const ACTING_VERBS =
  'do|go ahead|proceed|continue|close|cancel|delete|remove|book|schedule|reschedule|move|change|charge|bill|pay|refund|place|order|buy|send|submit|process|unlock|reset|switch|upgrade|downgrade|bother';
/**
 * A verb that asks for something done, "do" aside: "do" is how a yes/no question opens ("Do I need a
 * patch test?"), not an action (a question for information, saidJustNow.ts; a quote, toolMatcher.ts).
 */
export const ASKS_SOMETHING_DONE = new RegExp(
  `\\b(?:${ACTING_VERBS.split('|')
    .filter((v) => v !== 'do')
    .join('|')})\\b`,
  'i',
);
const DONT_ACT = new RegExp(
  `(?:^|[,.;:!?]|\\b(?:ok|okay|oh|no|nah|wait|actually|and|but|so|then|sorry|hmm+))\\s*(?:please\\s+)?(?:(?:i|we)\\s+)?(?:don'?t|do not|dont)\\s+(?:(?:want|wish|need)\\s+(?:you\\s+)?(?:to\\s+)?)?(?:${ACTING_VERBS})\\b(?:\\s+[\\w']+){0,3}?(?:\\s+(?:yet|now|anymore|after all|then|please|thanks|thank you))?(?:[\\s.!]*$|[.!;]+\\s+(?=\\S))`,
  'i',
);

/** The customer gives up on what was being filled in ("never mind", "cancel that for now", "nvm"). */
export function isCancel(text: string): boolean {
  return CANCEL.test(text) || WITHDRAWN.test(text.trim()) || DONT_ACT.test(text.trim());
}

/**
 * The message withdraws whatever was asked, in words that cannot be the action itself: "forget it",
 * "never mind", "don't close it". Only "cancel it" (or "stop it") may instead be the action a read-back
 * of a cancellation names ("yes cancel it"), so those alone do not withdraw.
 */
export function withdraws(text: string): boolean {
  const t = text.trim();
  if (DONT_ACT.test(t) || WITHDRAWN.test(t)) return true;
  const match = CANCEL.exec(t);
  return match !== null && !/^(?:cancel|stop)\b/i.test(match[0]);
}

/**
 * A clause that asks for something else ("how do I…", "can you…", "I want…"). Not "can't make it that
 * arvo", the reason a cancellation was agreed to (it had been served as a request, and read as a move).
 */
const ASKS_ANEW =
  /^(?:(?:and|but|so|then|instead|actually|ok|okay)\b[\s,]*)*(?:(?:what|when|where|which|who|why|how|is|are|do|does|can|could|would|will)\b(?!['’]t\b)|i(?:'d| would)? (?:need|want|like)\b|i'd like\b|please\b)/i;

/**
 * What the customer asks for instead, said after giving up in the same message: "actually forget
 * that, how do I upgrade to Scale?" → "how do I upgrade to Scale?"; "no, dont cancel. can i move it?". Only a question or a request of
 * a few words; "never mind, I'll call back later" asks for nothing.
 */
export function requestAfterCancel(text: string): string | undefined {
  // "wait, no, dont cancel. can i move it to 21 june same time?": an order not to act, then the request.
  const match = CANCEL.exec(text) ?? DONT_ACT.exec(text);
  if (!match) return undefined;
  const rest = text
    .slice(match.index + match[0].length)
    .replace(/^[\s,.;:!-]+/, '')
    // "yes cancel it please, something's come up with work": the "please" is the cancel's own; said
    // without a comma too ("yeah cancel it please im feeling a lot better", as speech-to-text writes it),
    // unless a request follows ("never mind, please can you book me for friday").
    .replace(
      /^(?:please|pls|thanks|thank you)\b(?:\s*[,.;:!-]+|\s+(?!(?:can|could|would|will|book|i)\b))/i,
      '',
    )
    .trim();
  // "leave it where it is", "leave it as it was": a clause about what is kept, not a question.
  if (/^(?:where|how|what|as)\s+(?:it|they|that)\s+(?:is|are|was|were)\b/i.test(rest)) return undefined;
  if (rest.split(/\s+/).length < 3 || !(isQuestion(rest) || ASKS_ANEW.test(rest))) return undefined;
  if (ASKS_ANEW.test(rest)) return rest;
  // "Don't close it yet. We still need call recording, and Growth has that right? Can you just move us
  // down to Growth instead?": the reason first, then the request, in a sentence of its own.
  const sentences = rest.match(/[^.?!]+[.?!]*/g)?.map((c) => c.trim()) ?? [];
  const from = sentences.findIndex((c, i) => i > 0 && ASKS_ANEW.test(c) && c.split(/\s+/).length >= 3);
  return from === -1 ? undefined : sentences.slice(from).join(' ');
}

export const FORM_CANCELLED =
  "No problem, I've stopped there and nothing was changed. Is there anything else I can help with?";

// Texted questions often lose the apostrophe and the "?" ("wait whats Scale cost", "btw hows parking"),
// and open with an aside word first ("Oh nice. How are the schools over there? Kind of matters now haha").
const QUESTION_START =
  /^((wait|oh|also|btw|by the way|so|and|um+|hey|sorry|actually|quick q(uestion)?|(?:nice|great|cool)(?: one)?|wow|ah+)\W+)*(what|whats|when|whens|where|wheres|which|who|whos|why|how|hows|is|are|do|does|did|can|could|will|would|should|have|has)\b/i;

/** A question rather than an answer: it ends with "?" or opens like one. */
export function isQuestion(text: string): boolean {
  const t = text.trim();
  return t.endsWith('?') || opensAsQuestion(t);
}

/**
 * A question, or a sentence in the message that ends as one with more said after it: "Quick question
 * first - is there a fee if I close my account? I'm thinking of leaving.", "Before you book it - does the
 * Growth plan include call recording? That's the main thing we need".
 */
export function asksSomewhere(text: string): boolean {
  return isQuestion(text) || /\?\s+\S/.test(text);
}

/** The message's sentences that end as questions, joined ("" when none does). */
function questionSentences(text: string): string {
  return text
    .split(/(?<=\?)\s+/)
    .filter((s) => s.trim().endsWith('?'))
    .join(' ');
}

/** Opens as a question does ("is that…", "whats…", "btw how…"), whatever it ends with. */
export function opensAsQuestion(text: string): boolean {
  return QUESTION_START.test(text.trim());
}

/**
 * "Why do you need my number if I've given you the reference? Fine, 07700 900303.": asking why we ask,
 * then answering. A reply, not a new question: the question's "reference" had started a look-up of the
 * booking, and the cancellation asked for waited for a yes to its read-back that never came.
 */
export function answersAfterAskingWhy(text: string): boolean {
  const t = text.trim();
  return !t.endsWith('?') && WHY_ASKED.test(t);
}

const WHY_ASKED =
  /^\W*(?:why|how come|what)\b[^?]*\b(?:need|want|ask(?:ing)?|for)\b[^?]*\?\s*(?:fine|ok(?:ay)?|anyway|well|alright|sure)?\W*\S/i;

/**
 * A question said after something else, without a question mark, as speech-to-text writes it: "half
 * nine okay great and um where do i park is there parking near you" got the desk's fallback, though
 * "where do i park" alone got the parking answer.
 */
const QUESTION_INSIDE =
  /\b(?:and|so|also|but|oh|okay|ok|great|then)\s+(?:(?:um|uh|er)\s+)?(?:where|when|what|how|is there|are there|do you|can i|could i)\b/i;

/** "are you a bot?", "am I talking to a real person or a robot?", "is this an AI?". */
const ASKS_IF_A_MACHINE =
  /\b(?:are you|r u|am i (?:talking|speaking|chatting|texting) (?:to|with)|is this|is that|who am i (?:talking|speaking) to)\b[^.?!]{0,20}?\b(?:a |an )?(?:real (?:person|human)|human|person|bot|robot|machine|computer|ai|automated|chatbot)\b/i;
const NOT_A_PERSON =
  "I'm an automated assistant, not a person, but I can help with most things here, and pass you to a member of our team whenever you'd like.";

/** The message without its sentence asking whether we are a machine. */
function withoutMachineQuestion(text: string): string {
  return text
    .split(/(?<=[.?!])\s+/)
    .filter((s) => !ASKS_IF_A_MACHINE.test(s))
    .join(' ');
}

/**
 * The agent's fixed answer to a question about one of its `answers` topics, if it is one. `inForm`: one
 * of the agent's questions is open, so answers kept for the middle of a form (`midForm`) count too.
 */
export function fixedAnswer(
  agent: NormalizedAgent | undefined,
  text: string,
  inForm = true,
): string | undefined {
  // "Quick question first - is there a fee if I close my account? I'm thinking of leaving.": a sentence
  // that ends as a question, with more said after it, asks what it names; the words around it ask nothing
  // ("…Like 6pm? you're open late thursdays right" asks no hours: the day and time were the answer).
  const whole = isQuestion(text) || QUESTION_INSIDE.test(text);
  const asking = whole ? text : questionSentences(text);
  // "am I talking to a real person or a robot?" is asked of whoever answers: it had been handed to a person.
  if (ASKS_IF_A_MACHINE.test(asking))
    return [NOT_A_PERSON, fixedAnswer(agent, withoutMachineQuestion(text), inForm)].filter(Boolean).join(' ');
  const answers = agent?.responses?.answers?.filter(
    (a) => (inForm || !a.midForm) && (asking !== '' || a.said),
  );
  if (!answers?.length) return undefined;
  // Two questions in one message get both answers (askedTopics.ts), in the agent's order.
  const asked = new Set([
    ...askedTopics(
      answers.filter((a) => a.said),
      text,
    ),
    ...askedTopics(
      answers.filter((a) => !a.said),
      asking,
    ),
  ]);
  const said = answers.filter((a) => asked.has(a));
  return said.length > 0 ? said.map((a) => a.say).join(' ') : undefined;
}

/**
 * The message names a service the business does not offer, which the agent answers as such (`said`
 * answers: "we don't handle rentals"): what else it says is about that service, not a request of ours.
 */
export function namesServiceNotOffered(agent: NormalizedAgent | undefined, text: string): boolean {
  const declines = agent?.responses?.answers?.filter((a) => a.said) ?? [];
  return declines.length > 0 && askedTopics(declines, text).length > 0;
}

// "y", "yh", "ye": agreement as texted. "that's fine" to a read-back repeated it and booked nothing (a chat probe).
const YES =
  /^(yes|yeah|yep|yup|aye|ya|yah|yea|yess+|y|yh|ye|yas|sure|ok|okay|k|kk|correct|right|that'?s right|thats right|that'?s the one|thats the one|perfect|great|go ahead|please do|do it|book it|sounds good|confirm|that'?s fine|thats fine|fine|lovely|all good|go for it|that works|works for me)\b/i;
const NO = /^(no|nope|nah|not really|wrong)\b/i;

/**
 * What opens a reply on the way back from an aside, before its answer: "anyway yes, cancel it please"
 * after asking whether a stylist still works there was no yes, and "cancel it" then stopped the form.
 */
const BACK_FROM_AN_ASIDE = /^(?:(?:anyway|anyways|anyhow|so|well|um+|uh+|oh|ah|alright|haha|lol)[,.!]?\s+)+/i;

/** Plain agreement ("yes", "yes book it", "that's right", "anyway yes"). */
export function isYes(text: string): boolean {
  return YES.test(text.trim().replace(BACK_FROM_AN_ASIDE, ''));
}

/** Plain refusal ("no", "nope"); "no, Thursday" is a correction and carries a value. */
export function isNo(text: string): boolean {
  return NO.test(text.trim());
}

/** A refusal and nothing else: "no", "nah thanks", "no, not now", "no thats all", "nope I'm good". */
const DECLINE =
  /^(?:no|nope|nah)\b(?:[\s,.!]|thanks?|thank you|thank u|cheers|not now|not today|i'?m good|all good|that'?s all|thats all|that'?s it)*$/i;

/**
 * A refusal and nothing else. Said to a desk's question ("Over how many months would you like to spread
 * it?") it stops there (the desk, with no memory of asking, gave its fallback); said to our "anything
 * else?" it says goodbye (closing.ts).
 */
export function declines(text: string): boolean {
  return DECLINE.test(text.trim());
}

/** What may follow a yes that takes the offer: "yes please", "sure, thanks", "yeah that would be great". */
const POLITE_REST =
  /^(?:[\s,.!]|please|pls|thanks|thank you|that would be (?:great|good|lovely|fine)|that'?s fine|go ahead|ok|okay)*$/i;

/**
 * "can someone email me about that?", "can someone from billing call me tomorrow?": a call back or a
 * message asked for, which a desk records.
 */
const CONTACT_ASKED =
  /\b(?:someone|somebody|a person|staff)(?:\s+(?:from|at|in|on)\s+(?:the\s+)?[\w-]+)?\s+(?:to\s+)?(?:e-?mail|call|ring|phone|text|message|contact|get back to|send)\b/i;

/**
 * Taking an offered person: a clear yes or asking for one ("ok" alone is only an acknowledgement). A yes
 * that goes on to ask for something else is no yes to the person: "yes please refund it" asks for the
 * refund (it had passed the caller to the team).
 */
export function acceptsPerson(text: string): boolean {
  const t = text.trim();
  if (CONTACT_ASKED.test(t)) return false;
  if (/\b(person|human|someone|staff)\b/i.test(t)) return true;
  const yes = /^(yes|yeah|yep|yup|sure|please|go ahead)\b/i.exec(t);
  return yes !== null && POLITE_REST.test(t.slice(yes[0].length));
}
