import { directHypernyms, lookupWord, type Synset, supersenseOf } from './wordNet.ts';

const key = (s: Synset) => `${s.pos}${s.offset}`;

/** Hops up WordNet's hierarchy a trade is looked for in ("dentist" → … → "professional"). */
const TRADE_HOPS = 8;
let tradeAnchors: Set<string> | undefined;

/**
 * A person who works at a trade: "dentist", "plumber", "vet", "locksmith" (WordNet: a kind of worker or
 * professional), not a relative, a boss or someone in the news. A request about another trade's
 * people ("my dentist appointment", "I need a plumber") is another business's; the graph's own trades
 * (a stylist, a doctor) are its own words or their kin.
 */
export function isTradesperson(word: string, sense: Synset): boolean {
  // A plural is read through its singular, and "docs" is then a doctor: the trades asked for are one
  // person ("a plumber", "my dentist").
  if (/[^s]s$/.test(word) || supersenseOf(sense) !== 'noun.person') return false;
  tradeAnchors ??= new Set(
    ['worker', 'professional', 'skilled_worker'].flatMap(
      (w) =>
        lookupWord(w, 3)
          ?.synsets.filter((s) => s.pos === 'n')
          .map(key) ?? [],
    ),
  );
  let frontier = [sense];
  for (let hop = 0; hop <= TRADE_HOPS && frontier.length > 0; hop++) {
    if (frontier.some((s) => tradeAnchors!.has(key(s)))) return true;
    frontier = frontier.flatMap(directHypernyms);
  }
  return false;
}
