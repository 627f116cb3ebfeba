import { tokenize } from '../../../routing/textFeatures.ts';
import { actionWordsOf } from '../toolActions.ts';
import { withdraws } from './digressions.ts';

/**
 * Thanks said to "Shall I go ahead?" after the customer asked for that very change takes the offer, as
 * it would to a person at a desk: "Yes, cancel the toner please, and keep the cut" → read-back →
 * "thanks so much!" had the read-back said again, and again, and nothing was cancelled (dev25, salon).
 * Only thanks (with a letter's sign-off and a name: "Thank you kindly. With best wishes, Maya Patel."),
 * never "thanks anyway" or "thanks, but…", and only when one of the customer's messages just before named
 * the change's own action ("cancel", "refund"): thanks to a change the customer never asked for in words agrees to
 * nothing.
 */
const THANKS =
  /^(?:(?:oh|ah|aw|great|perfect|lovely|brilliant|wonderful|fab|fabulous|awesome|amazing|super|excellent|fantastic|ok|okay|alright|cool|that'?s (?:great|perfect|lovely|brilliant|wonderful|kind of you))[\s,.!]+)*(?:thanks|thank you|thank u|thx|ty|cheers|many thanks|much appreciated|appreciate it|i appreciate it)(?:\s+(?:so much|very much|a lot|a million|a bunch|kindly|again|for that|for (?:your|the) help|for sorting (?:this|that|it)(?: out)?))*[\s,.!]*$/i;

/** A letter's close: "With best wishes, Maya Patel.", "Kind regards", "Cheers, Tom". */
const SIGN_OFF =
  /^(?:(?:with\s+)?(?:best|kind|warm|warmest|many)\s+(?:wishes|regards|thanks)|regards|best|cheers|sincerely|yours(?:\s+(?:sincerely|truly|faithfully))?)[\s,.!]*(.*)$/i;
/** The name after a close, as signed: capitalised words. */
const SIGNATURE = /^(?:\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,2})?[\s.!]*$/u;

function signsOff(sentence: string): boolean {
  const close = SIGN_OFF.exec(sentence.trim());
  return close !== null && SIGNATURE.test(close[1] ?? '');
}

/** Whether `text`, said to the read-back of `toolName`, is thanks for the change `earlier` asked for. */
export function thanksAsAssent(text: string, toolName: string, earlier: readonly string[]): boolean {
  const sentences = text
    .trim()
    .split(/(?<=[.!])\s+/)
    .filter(Boolean);
  if (sentences.length === 0 || !THANKS.test(sentences[0]) || !sentences.slice(1).every(signsOff))
    return false;
  const actions = actionWordsOf(toolName);
  return earlier.some((m) => !withdraws(m) && tokenize(m).some((w) => actions.includes(w)));
}

/**
 * "thanks anyway", "thanks, but no", "I'll leave it for now, thanks" said to "Shall I go ahead?": a polite
 * no. The read-back had been said again, as if nothing had been heard; it now stops there, as "no" does.
 */
const DECLINING_THANKS =
  /^(?:(?:ok(?:ay)?|oh|ah|right|hmm|actually)[\s,.!]+)*(?:(?:thanks|thank you|cheers)[\s,]+(?:anyway|all the same|though|but no(?:[\s,]+thanks)?)|(?:i'?ll|i will|let'?s)\s+leave it(?:\s+(?:for now|then|there))?(?:[\s,.!]+(?:thanks|thank you|cheers))?)[\s,.!]*$/i;

export function declinesWithThanks(text: string): boolean {
  return DECLINING_THANKS.test(text.trim());
}
