import { lookupWord, supersenseOf } from '../../routing/wordNet.ts';

/**
 * A word that may be part of someone's name: one WordNet does not know (most surnames: "Kowalski") or
 * knows as a person ("Dana", "Hunter"). "Prescription Refill" is capitalised like a name but neither.
 */
export function mayNameSomeone(word: string): boolean {
  const senses = lookupWord(word.toLowerCase(), 50);
  return senses === null || senses.synsets.some((s) => supersenseOf(s) === 'noun.person');
}
