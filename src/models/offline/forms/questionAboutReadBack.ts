import { isQuestion } from './digressions.ts';

/**
 * "and that's prorated right?", "it's from today, yeah?", "will that show on my next bill?" said to
 * "Just to confirm: move your account to the Growth plan": a short question whose subject points back
 * at the change just read back ("that", "it", "this") asks about that change, not about a new topic.
 * The router heard "prorated" and "right" and handed it back to the front desk, and the plan change
 * the customer then said yes to was lost (dev12-support-09). Such a question stays with the read-back
 * (the customer hears that we cannot answer it here, and the read-back again).
 *
 * Not "is it possible to add seats too?" or "is that ok if I pay by card?": those ask for something.
 */
const POINTS_BACK_AT_CHANGE =
  /^(?:(?:and|so|but|oh|ok|okay|wait|sorry|um|just to check)[\s,]+)*(?:that'?s|thats|it'?s|its|this is|that is|it is|that will|it will|that'?ll|it'?ll|(?:is|will|does|would|do) (?:that|it|this|the (?:change|switch|move|downgrade|upgrade|refund|cancellation))|that (?:comes|goes|shows|starts|includes))\b/i;

const ASKS_FOR_SOMETHING = /\b(?:possible|ok(?:ay)?|alright|fine)\s+(?:to|if)\b|\b(?:also|too|as well)\b/i;

/** Most words such a question takes ("and that's going to be prorated on the next invoice right?"). */
const MAX_WORDS = 12;

/**
 * "Does the change happen straight away, and is it prorated? Will we keep our old call recordings?":
 * several questions, the first about the change read back — they ask what the change does (the router
 * heard "call recordings" and the calls desk read out a failed call). The first question decides.
 */
export function asksAboutReadBack(text: string): boolean {
  const said = text.trim();
  const first = said.split(/(?<=\?)\s+/)[0];
  return (
    isQuestion(first) &&
    first.split(/\s+/).length <= MAX_WORDS &&
    POINTS_BACK_AT_CHANGE.test(first) &&
    !ASKS_FOR_SOMETHING.test(said)
  );
}
