import { glossOf, lemmasOf, pointersFrom, sensesOf } from './wordNet.ts';

/**
 * What WordNet says of a word beyond the noun hierarchy (wordNet.ts): adjectives near in meaning, a
 * noun's definitions, and the nouns made from a verb.
 */

/**
 * Whether an adjective's commonest sense is, or are WordNet-similar (`&`) to, one holding any of
 * `heads`: "furious", "livid" and "irate" are near "angry"; "gutted" is not in WordNet. Lets a test of
 * feeling name a few heads and leave the words people use for them to the lexical database.
 */
export function adjectiveNear(word: string, heads: readonly string[]): boolean {
  // The two commonest senses ("furious" is first a storm's; "sore" third angry, after painful).
  return sensesOf(word, 'a')
    .slice(0, 2)
    .some((s) =>
      [
        s,
        ...pointersFrom(s)
          .filter((p) => p.symbol === '&')
          .map((p) => p.target),
      ].some((n) => lemmasOf(n).some((l) => heads.includes(l))),
    );
}

/**
 * The definitions (glosses) of a noun's commonest senses, lower case: "cardiology" is "the branch of
 * medicine dealing with the heart and its diseases". What a thing is for, in plain words, when the
 * customer names that instead of the thing ("the heart one" for a cardiology visit).
 */
export function nounGlosses(word: string, maxSenses = 2): string[] {
  return sensesOf(word, 'n').slice(0, maxSenses).map(glossOf);
}

/** The nouns derived from any sense of a verb (`+` pointers): "twist" → the sprain, among others. */
export function nounsOfVerb(word: string): ReturnType<typeof sensesOf> {
  return sensesOf(word, 'v')
    .flatMap(pointersFrom)
    .filter((p) => p.symbol === '+' && p.target.pos === 'n')
    .map((p) => p.target);
}
