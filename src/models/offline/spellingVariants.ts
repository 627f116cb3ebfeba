import { lookupWord } from '../../routing/wordNet.ts';

/**
 * Two spellings of one word, by WordNet: "instalments" and "installments", "colour" and "color", share
 * a sense and are a letter or two apart. "I'd like to pay it in instalments" did not name
 * `pay_in_installments`'s object, so the payment plan was never offered (a batch-22 dev row). A shared
 * sense alone is a synonym, not a spelling ("bill" and "invoice"); a letter or two alone is another word
 * ("costs", "coats").
 */
export function spellingVariant(a: string, b: string): boolean {
  if (a === b || a.length < 5 || b.length < 5 || !withinTwoEdits(a, b)) return false;
  const left = lookupWord(a);
  const right = lookupWord(b);
  if (!left || !right) return false;
  return left.synsets.some((s) => right.synsets.some((t) => t.pos === s.pos && t.offset === s.offset));
}

/** Levenshtein distance at most 2, computed only as far as needed. */
function withinTwoEdits(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...row) > 2) return false;
    previous = row;
  }
  return previous[b.length] <= 2;
}
