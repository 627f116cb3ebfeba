import { ACTING_VERBS } from './forms/digressions.ts';

/** The acting verbs a form's "don't" gives up (digressions.ts), and trying or using a thing at all. */
const REFUSES = new RegExp(
  `\\b(?:don'?t|do not|please don'?t)\\s+(?:even\\s+)?(?:${ACTING_VERBS}|try|use|take|put|run|touch|call|text|email)\\b`,
  'i',
);

/**
 * "i cant pay that all at once. no card on file either so dont try. can i spread it out": a sentence
 * telling us what not to do names a tool's thing ("card") without asking for it. Matched with the
 * rest, it picked the card payment, and the plan asked for was never set up. The sentences that refuse
 * an action are left out of the match, when something else is said.
 */
export function withoutRefusals(text: string): string {
  const sentences = text.split(/(?<=[.!?;])\s+/);
  const kept = sentences.filter((s) => !REFUSES.test(s));
  return kept.length === 0 || kept.length === sentences.length ? text : kept.join(' ');
}
