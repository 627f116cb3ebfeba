import { lookupWord, supersenseOf } from '../../routing/wordNet.ts';

/**
 * A word that may be part of someone's name: one WordNet does not know (most surnames: "Kowalski") or
 * knows as a person ("Dana", "Hunter"). "Prescription Refill" is capitalised like a name but neither.
 */
export function mayNameSomeone(word: string): boolean {
  const senses = lookupWord(word.toLowerCase(), 50);
  return senses === null || senses.synsets.some((s) => supersenseOf(s) === 'noun.person');
}

/**
 * WordNet's exception list for the plurals said of people (the package ships none of its `.exc` files):
 * "men" alone is filed as a body of men, "children" not at all.
 */
const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  men: 'man',
  women: 'woman',
  children: 'child',
  people: 'person',
};

/** A word for a person among its three commonest noun senses ("kids" is first a verb, "to kid"). */
export function isPersonWord(word: string): boolean {
  const lower = word.toLowerCase();
  const senses = lookupWord(IRREGULAR_PLURALS[lower] ?? lower, 3)?.synsets.filter((s) => s.pos === 'n');
  return senses?.slice(0, 3).some((s) => supersenseOf(s) === 'noun.person') === true;
}
