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

/** A word that says one thing is meant ("a physical", "my physical"), not how another thing is. */
const AS_A_THING = /\b(?:a|an|the|my|our|his|her|their|this|that)\s+([a-z]+)\b(?:\s+([a-z]+))?/g;

/**
 * "does my insurance cover a physical?": a value of two words or more ("annual physical") named by its
 * last word, when that word is no thing in the dictionary (WordNet knows "physical" only as describing
 * one) and is said as a thing all the same, after "a", "my", "the" and before no noun: it is short for the
 * value it ends. "a physical therapist" is a therapist; "the work" is a thing of its own, not "lab work".
 * Only when no other value ends with the word.
 */
export function valueByItsHead(text: string, values: readonly string[]): string | undefined {
  const wordsOf = (v: string) => v.toLowerCase().trim().split(/\s+/);
  const isNoun = (word: string) => sensesOf(word, 'n').length > 0;
  const saidAsAThing = new Set(
    [...text.toLowerCase().matchAll(AS_A_THING)]
      .filter((m) => lookupWord(m[1]) !== null && !isNoun(m[1]) && (m[2] === undefined || !isNoun(m[2])))
      .map((m) => m[1]),
  );
  const named = values.filter((v) => {
    const words = wordsOf(String(v));
    const head = words.at(-1) ?? '';
    return (
      words.length > 1 &&
      saidAsAThing.has(head) &&
      !values.some((o) => o !== v && wordsOf(String(o)).at(-1) === head)
    );
  });
  return named.length === 1 ? named[0] : undefined;
}
