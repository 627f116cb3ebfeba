import { lemmasOf, lookupWord, sensesOf } from '../../routing/wordNet.ts';

/**
 * "would my plan cover physio with you?", "can I book physiotherapy": an allowed value ("physical
 * therapy") said by another of its names in WordNet ("physiotherapy", "physiatrics"), or cut short to
 * a word WordNet does not know ("physio", as customers clip "physiotherapy"). The coverage question was
 * asked again with the list, and the customer had said it. Only a value of two words or more, and one
 * such word names it alone.
 */

/** A clipped word is at least this long: "physio", "rehab" (shorter stubs start too many words). */
const MIN_CLIPPED = 5;

const namesByValue = new Map<string, string[]>();

/** WordNet's other one-word names of the value's noun senses ("physiotherapy" of "physical therapy"). */
function otherNamesOf(value: string): string[] {
  const key = value.toLowerCase().trim();
  let names = namesByValue.get(key);
  if (!names) {
    // Only a value of two words or more: a compound's other names are exact ("physiotherapy"), a plain
    // word's are loose ("bill" is one of "card"'s, "seat" of "seats").
    const senses = key.includes(' ') ? sensesOf(key.replace(/\s+/g, '_'), 'n') : [];
    names = [...new Set(senses.flatMap(lemmasOf))].filter(
      (n) => n !== key.replace(/\s+/g, '_') && !n.includes('_'),
    );
    namesByValue.set(key, names);
  }
  return names;
}

/** Whether the word names the value: one of its other names, or a clipping of one WordNet does not know. */
function wordNames(word: string, names: readonly string[]): boolean {
  return names.some(
    (n) =>
      n === word ||
      (word.length >= MIN_CLIPPED &&
        n.length > word.length &&
        n.startsWith(word) &&
        lookupWord(word) === null),
  );
}

/** The one allowed value the text names by another of its names, if exactly one. */
export function valueByOtherName(text: string, values: readonly string[]): string | undefined {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  const named = values.filter((v) => {
    const names = otherNamesOf(String(v));
    return names.length > 0 && words.some((w) => wordNames(w, names));
  });
  return named.length === 1 ? named[0] : undefined;
}
