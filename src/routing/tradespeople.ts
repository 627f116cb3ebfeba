import { isKindOf, nounSenseKeys, type Synset, supersenseOf } from './wordNet.ts';

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
  tradeAnchors ??= nounSenseKeys(['worker', 'professional', 'skilled_worker']);
  return isKindOf(sense, tradeAnchors, TRADE_HOPS);
}
