import { MONTHS, WEEKDAYS } from '../calendarWords.ts';
import { actionWordsOf } from '../toolMatcher.ts';
import { asksAmountOfReadBack } from './amountAtReadBack.ts';
import { ASKS_SOMETHING_DONE, declines, isNo, isQuestion, isYes, withdraws } from './digressions.ts';
import { readBackSummary } from './formQuestions.ts';
import { asksAboutReadBack } from './questionAboutReadBack.ts';

/** What may stand around an agreement that says the action back: "ok refund it please", "yes, cancel it". */
const LEAD = String.raw`^(?:(?:yes|yeah|yep|ok|okay|sure|please|pls|then|just|so|go ahead and|and)[\s,.!]+)*`;
const TAIL = String.raw`[\s,.!]*(?:(?:please|pls|thanks|thank you|then|now)[\s,.!]*)*$`;

/**
 * Agreement to the read-back of `toolName`: a plain yes ("that's right", "go for it"), or the action
 * said back ("refund it" to a refund's read-back, "cancel it" to a cancellation's). "cancel it" to a
 * refund's read-back is no agreement: it names another action.
 */
export function agreesAtReadBack(text: string, toolName: string): boolean {
  const said = text.trim();
  // "yes, but make it a credit on my account instead" opens like a yes and asks something else: it had
  // refunded.
  if (YES_BUT.test(said)) return false;
  if (isYes(said) || /^(?:go for it|go on then|let'?s do it|do that)\b/i.test(said)) return true;
  const actions = actionWordsOf(toolName);
  if (actions.length === 0) return false;
  return new RegExp(`${LEAD}(?:${actions.join('|')})\\s+(?:it|that|them|this)${TAIL}`, 'i').test(said);
}

const YES_BUT = /^\W*\w+\b[^.?!]*?\b(?:but|except)\b/i;

/**
 * A reply to a read-back that only agrees, refuses or withdraws ("that's right", "no", "forget it"): an
 * answer to our question, never a topic for the router. "that's right" was handed back to the front
 * desk on the word "right" and on to TechSupport, and the refund never ran.
 */
export function plainReplyAtReadBack(text: string, toolName: string): boolean {
  const said = text.trim();
  if (said === '' || isQuestion(said)) return false;
  if (said.split(/\s+/).length > 5) return agreesAtLength(said) || yesWithItsReason(said);
  return agreesAtReadBack(said, toolName) || isNo(said) || declines(said) || withdraws(said);
}

/** Words a longer agreement is made of: "yep that all sounds right, book it", "yes that's all correct go ahead". */
const AGREEING =
  /^(?:yes|yeah|yep|yup|ok|okay|sure|that|that'?s|thats|it|this|all|everything|sounds|looks|seems|right|correct|good|great|fine|perfect|lovely|book|do|go|ahead|please|pls|thanks|thank|you|then|just|and|so|is)$/i;

/**
 * A yes that runs longer than a plain one, every word agreeing: "yep that all sounds right, book it" was
 * read as a new topic at the read-back (the router heard "right"), and the demo was never booked.
 */
function agreesAtLength(said: string): boolean {
  const words = said
    .toLowerCase()
    .split(/[\s,.!]+/)
    .filter(Boolean);
  return words.length <= 10 && isYes(said) && words.every((w) => AGREEING.test(w));
}

/**
 * A yes said first, then why, asking nothing more: "Yes, the full amount please — we didn't make a single
 * call that month" to a refund's read-back (the router sent it to the calls desk on "call", and the refund
 * never ran). Not a question, not a change of plan ("yes but make it Friday"), no other action asked.
 */
function yesWithItsReason(said: string): boolean {
  const [first, ...rest] = said.split(/\s*[,.;!—–]+\s*|\s+-+\s+/);
  if (!isYes(first) || first.split(/\s+/).length > 3 || isQuestion(said)) return false;
  const why = rest.join(' ');
  // "Yes, Friday the 13th at 9." to a move read back for Thursday gives a value: never a plain yes.
  return !CHANGES_COURSE.test(said) && !ASKS_SOMETHING_DONE.test(why) && !GIVES_A_VALUE.test(why);
}

/** A day, a time, a number or an amount: a value the read-back may not have said. */
const GIVES_A_VALUE = new RegExp(
  [
    String.raw`\d`,
    `\\b(?:${[...WEEKDAYS, 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'].join('|')})\\b`,
    `\\b(?:${[...MONTHS, ...MONTHS.map((m) => m.slice(0, 3)), 'sept'].join('|')})\\b`,
    String.raw`\b(?:today|tomorrow|tonight|morning|afternoon|evening|noon|midday|am|pm|o'?clock|half|quarter)\b`,
    String.raw`\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\b`,
  ].join('|'),
  'i',
);

const CHANGES_COURSE = /\b(?:but|except|instead|rather|actually|wait|hold on|hang on|change|make it|not)\b/i;

/**
 * A reply about the read-back itself: a plain one, "how much would we get back?" (the read-back,
 * which says the amount, answers it: amountAtReadBack.ts), or "and that's prorated right?" (a question
 * about the change: questionAboutReadBack.ts). Never a topic for the router.
 */
export function replyAboutReadBack(text: string, toolName: string): boolean {
  return plainReplyAtReadBack(text, toolName) || asksAmountOfReadBack(text) || asksAboutReadBack(text);
}

/**
 * Agreement to a read-back said by another agent and relayed (a desk's "Just to confirm: cancel your
 * … visit …"), where only its words are known, not its tool: a yes that says the read-back's own verb
 * back ("yes please cancel it", "cancel it"). The front desk took "cancel it" in it for giving up, and
 * nothing was cancelled; "no, cancel that" and "never mind" still withdraw.
 */
export function agreesToRelayedReadBack(text: string, readBack: string | undefined): boolean {
  const verb = /^[a-z]+/i.exec(readBackSummary(readBack) ?? '')?.[0].toLowerCase();
  const said = text.trim();
  if (verb === undefined || withdraws(said) || !new RegExp(`\\b${verb}\\b`, 'i').test(said)) return false;
  return isYes(said) || new RegExp(`${LEAD}${verb}\\s+(?:it|that|them|this)${TAIL}`, 'i').test(said);
}

/** A sentence that only takes in what was said ("Understood.", "Got it."). */
const TAKEN_IN = /^(?:understood|got it|i see|fair enough|noted|ok(?:ay)?|alright|right)[.!]\s+/i;

/** Words that agree wherever they stand in a short reply ("Growth, correct. Confirmed."). */
const AGREEMENT_WORD = /\b(?:yes|yeah|yep|correct|confirm(?:ed)?|that'?s right|go ahead|please do)\b/i;

/**
 * "Growth, correct. Confirmed." to "move your account to the Growth plan. Shall I go ahead?": the value
 * read back said again, with agreement. The caller of this checks the value is the one read back; the
 * read-back had been said again, and again.
 */
export function restatesWithAgreement(text: string): boolean {
  // "Understood. Yes, go ahead and switch us to Growth.", after the read-back answered a question: the
  // answer taken in, then the agreement. The taking-in is no part of the reply's length.
  const said = text.trim().replace(TAKEN_IN, '');
  // "Yes ma'am, two o'clock on the fourteenth. Go on ahead.": a go-ahead said as a sentence of its own
  // is no part of the length either (it had been read back again, and the viewing never moved).
  const core = said
    .split(/(?<=[.!])\s+/)
    .filter((sentence) => !GO_AHEAD_ALONE.test(sentence))
    .join(' ');
  return !isQuestion(said) && !isNo(said) && core.split(/\s+/).length <= 8 && AGREEMENT_WORD.test(said);
}

/** A sentence that only says to go ahead: "Go on ahead.", "Please do it.", "Yes, go for it." */
const GO_AHEAD_ALONE =
  /^(?:(?:yes|yeah|ok|okay|please|so|then)[\s,]+)*(?:go (?:on )?ahead|go for it|do it|please do|confirmed?)(?:[\s,]+(?:please|thanks|thank you|then))*[\s.!]*$/i;

/**
 * "yeah cancel it please im feeling a lot better", "yeah thats the one on sunday at one cancel it please":
 * a yes with the read-back's action said back on "it", and a check or a reason around it, as callers say
 * it on the phone. Heard as a new topic, the message went to the clinical line ("feeling better"). Not
 * with a question, a withdrawal or a turn to something else ("but", "instead", "also"); the caller of
 * this checks that every value said is one read back.
 */
export function agreesWithAside(text: string, toolName: string): boolean {
  const said = text.trim();
  const actions = actionWordsOf(toolName);
  if (
    actions.length === 0 ||
    !isYes(said) ||
    isQuestion(said) ||
    withdraws(said) ||
    TURNS_ELSEWHERE.test(said)
  )
    return false;
  return new RegExp(
    `\\b(?:${actions.join('|')})\\s+(?:it|that|them|this)\\b(?!\\s+(?:to|for|instead|on|at|from|and)\\b)`,
    'i',
  ).test(said);
}

const TURNS_ELSEWHERE = /\b(?:but|instead|also|rather|as well|can you|could you|and then)\b/i;

/**
 * "So the same Saturday, just 2pm instead of 11? Yes, please do that.": the read-back checked in the
 * caller's own words, then agreed to. The caller of this checks that every value said is one read back;
 * the read-back had been said again.
 */
export function agreesAfterChecking(text: string, toolName: string): boolean {
  const sentences = text.trim().split(/(?<=[.?!])\s+/);
  const last = sentences.at(-1) ?? '';
  return (
    sentences.length >= 2 &&
    !isQuestion(last) &&
    !withdraws(text) &&
    plainReplyAtReadBack(last, toolName) &&
    (isYes(last) || agreesAtReadBack(last, toolName))
  );
}

/** Street words as texted: "river rd one" names 220 River Road. */
const STREET_SHORT: Record<string, string> = {
  rd: 'road',
  st: 'street',
  ave: 'avenue',
  ln: 'lane',
  dr: 'drive',
};
const POINTING = new Set([
  'the',
  'one',
  'that',
  'this',
  'its',
  'it',
  'is',
  'yes',
  'yeah',
  'ya',
  'yep',
  'please',
  'on',
]);

/**
 * "river rd one" to "Just to confirm: cancel your viewing of 220 River Road … Shall I go ahead?": the
 * caller says which record they mean, and it is the one read back — no new topic (it went to the front
 * desk, which said its menu). Every word said, abbreviations spelt out, is a word of the read-back, and at
 * least one names something; no question, no refusal.
 */
export function namesWhatWasReadBack(readBack: string | undefined, text: string): boolean {
  if (readBack === undefined || isQuestion(text) || isNo(text) || withdraws(text)) return false;
  const heard = new Set(readBack.toLowerCase().match(/[a-z0-9]+/g) ?? []);
  const words = (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).map((w) => STREET_SHORT[w] ?? w);
  const naming = words.filter((w) => !POINTING.has(w));
  return naming.length > 0 && naming.length <= 4 && naming.every((w) => heard.has(w));
}
