/**
 * Stable, platform-independent 32-bit hashes: keys that depend only on a text, never on where it sits
 * in a list or on the run. Used for the classifier's training order (lexicalClassifier.ts), the folds
 * of cross-validation (crossValidation.ts) and the evaluation's held-out split (src/eval/holdout.ts).
 */

/** 32-bit FNV-1a of a string's UTF-16 code units. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * MurmurHash3's 32-bit finaliser: a bijection on 32-bit integers in which every input bit flips about
 * half the output bits. FNV-1a alone leaves the high bits of two texts that differ in their last
 * character close; ordered by the mixed value, they land apart.
 */
export function mix32(h: number): number {
  let x = h >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}
