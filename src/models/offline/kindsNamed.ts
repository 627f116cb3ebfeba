import { isStopword } from '../../routing/textFeatures.ts';
import { directHypernyms, lemmasOf, sensesOf } from '../../routing/wordNet.ts';

/**
 * The kinds the customer's nouns are of, as WordNet files their commonest sense one step up: "can you
 * check what is in my file please?" names a record ("file": a set of related records), which the records
 * desk's `lookup_patient_record` is named for; the desk fell just under the tool matcher's bar and answered
 * with what it can do. Only a noun said as one (after "my", "the", "a"…: "file" is first a verb), its
 * commonest noun sense, and only its direct kinds written as one word: the tool matcher counts them as
 * naming a tool's object, never as words of the message.
 */
export function kindsNamed(words: readonly string[]): string[] {
  return words.flatMap((w, i) => (i > 0 && DETERMINERS.has(words[i - 1]) ? kindsOf(w) : []));
}

const DETERMINERS = new Set(['my', 'our', 'your', 'his', 'her', 'their', 'the', 'a', 'an', 'this', 'that']);

const kinds = new Map<string, string[]>();
/** Bounded like wordNet.ts's own caches: every turn asks of every word. */
const MAX_CACHED = 20_000;

function kindsOf(word: string): string[] {
  const known = kinds.get(word);
  if (known !== undefined) return known;
  let found: string[] = [];
  if (word.length >= 4 && !isStopword(word) && /^[a-z]+$/.test(word)) {
    const [sense] = sensesOf(word, 'n');
    if (sense !== undefined)
      found = directHypernyms(sense)
        .flatMap((h) => lemmasOf(h))
        .filter((l) => /^[a-z]+$/.test(l));
  }
  if (kinds.size >= MAX_CACHED) kinds.clear();
  kinds.set(word, found);
  return found;
}
