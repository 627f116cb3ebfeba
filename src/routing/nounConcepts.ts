import { directHypernyms, lookupWord, type Synset, supersenseOf } from './wordNet.ts';

/**
 * WordNet's noun hierarchy as the entry's keep reads it (foreignThings.ts): how deep a sense stands, the
 * concepts above it, and what its commonest noun sense is (a group, a person).
 */

/** Steps up the hierarchy two things' common concept is looked for in. */
const MAX_HOPS = 3;

/** A noun sense as a concept the graph's and a message's words are compared by. */
export const conceptKey = (s: Synset) => `${s.pos}${s.offset}`;
const depths = new Map<string, number>();

/** Fewest steps from the synset up to a root of WordNet's noun hierarchy. */
export function depthOf(synset: Synset): number {
  const k = conceptKey(synset);
  const known = depths.get(k);
  if (known !== undefined) return known;
  depths.set(k, 0); // guards against a cycle while walking
  const up = directHypernyms(synset);
  const depth = up.length === 0 ? 0 : 1 + Math.min(...up.map(depthOf));
  depths.set(k, depth);
  return depth;
}

/** The concepts at least `minDepth` deep a noun sense belongs to: itself and its hypernyms within MAX_HOPS. */
export function conceptsOf(synset: Synset, minDepth: number, maxHops = MAX_HOPS): string[] {
  const out: string[] = [];
  let frontier = [synset];
  for (let hop = 0; hop <= maxHops && frontier.length > 0; hop++) {
    for (const s of frontier) if (depthOf(s) >= minDepth) out.push(conceptKey(s));
    frontier = hop < maxHops ? frontier.flatMap(directHypernyms) : [];
  }
  return out;
}

/**
 * "for our hospital group", "my book club": a phrase whose head is a group names who the customer is
 * (a business at a business-to-business desk), not a thing they want from another business.
 */
export function namesAGroup(phrase: string[]): boolean {
  const head = phrase.length > 1 ? nounSense(phrase[phrase.length - 1]) : undefined;
  if (head === undefined) return false;
  // "group" itself is one of WordNet's top nouns; its kinds (a team, a firm, a clinic) are noun.group.
  return supersenseOf(head) === 'noun.group' || phrase[phrase.length - 1] === 'group';
}

export function namesAPerson(word: string): boolean {
  const sense = nounSense(word);
  return sense !== undefined && supersenseOf(sense) === 'noun.person';
}

/** The commonest noun sense of a word, however rarely it is a noun (after "my" it is one). */
export function nounSense(word: string): Synset | undefined {
  return lookupWord(word.replace(' ', '_'), 1)?.synsets.find((s) => s.pos === 'n');
}
