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
 * "i cant pay that all at once. no card on file either so dont try. can i spread it out": a sentence
 * telling us what not to do names a tool's thing ("card") without asking for it. Matched with the
 * rest, it picked the card payment, and the plan asked for was never set up. The sentences that refuse
 * an action are left out of the match, when something else is said.
 */
export function withoutRefusals(text: string): string {
  const sentences = text.split(/(?<=[.!?;])\s+/);
  const kept = sentences.filter((s) => !REFUSES.test(s) && !(STAYS.test(s) && !s.trim().endsWith('?')));
  return kept.length === 0 || kept.length === sentences.length ? text : kept.join(' ');
}
