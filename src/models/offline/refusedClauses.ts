import { ACTING_VERBS } from './forms/digressions.ts';

/** The acting verbs a form's "don't" gives up (digressions.ts), and trying or using a thing at all. */
const REFUSES = new RegExp(
  `\\b(?:don'?t|do not|please don'?t)\\s+(?:even\\s+)?(?:${ACTING_VERBS}|try|use|take|put|run|touch|call|text|email)\\b`,
  'i',
);

/**
 * "I've got my own cut booked with Maya on Tuesday at 9, that's staying as it is. How much is a kids
 * cut?": a sentence saying a thing stays as it is names a booking without asking for anything. Matched
 * with the rest, it looked the booking up (asking for its reference), and the price asked was never said.
 */
const STAYS =
  /\b(?:stay(?:s|ing)?|remain(?:s|ing)?)\s+as\s+(?:it\s+)?is\b|\b(?:is|'s)\s+(?:fine|ok|okay|good)\s+as\s+(?:it\s+)?is\b|\bnot looking to change\b/i;

/**
 * "I've never booked over the phone before. Could I get a men's cut on Thursday?": a sentence saying
 * what the customer has never done tells us about them, not what they want. Matched with the rest,
 * "booked" looked a booking up (asking for its reference) and the cut asked for was never booked.
 * Only a sentence that opens with it: "I'd like some money back, but I've never asked for a refund
 * before." asks for the refund.
 */
const NEVER_DONE = /^(?:(?:hi|hello|hey)(?:\s+there)?[,!]?\s+)?(?:i'?ve|i have|we'?ve|we have)\s+never\b/i;

/**
 * "Could the $13.40 be refunded, please, not the whole invoice?": the thing said after "not" is the one
 * not wanted. Matched with the rest, "invoice" looked the invoice up again, and no refund was made.
 */
const NOT_THIS_ONE = /,\s*(?:but\s+)?not\s+(?:the|a|an|my|our|that|this)\s+[^,.;!?]*/gi;

/**
 * "i cant pay that all at once. no card on file either so dont try. can i spread it out": a sentence
 * telling us what not to do names a tool's thing ("card") without asking for it. Matched with the
 * rest, it picked the card payment, and the plan asked for was never set up. The sentences that refuse
 * an action are left out of the match, when something else is said.
 */
export function withoutRefusals(text: string): string {
  const sentences = text.split(/(?<=[.!?;])\s+/);
  const kept = sentences.filter(
    (s) => !REFUSES.test(s) && !((STAYS.test(s) || NEVER_DONE.test(s)) && !s.trim().endsWith('?')),
  );
  const asked = kept.length === 0 || kept.length === sentences.length ? text : kept.join(' ');
  const without = asked.replace(NOT_THIS_ONE, '');
  return without.trim() === '' ? asked : without;
}
