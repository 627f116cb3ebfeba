import { durationNows } from './durationNow.ts';
import { DIGIT_TOKEN, isStopword, tokenize } from './textFeatures.ts';
import { wordVector, wordVectorDimensions } from './wordVectors.ts';

/**
 * A message as one dense vector: the mean of its content words' pre-trained word vectors, at unit
 * length. Two messages that share no word but talk about the same thing ("I can't get into my profile",
 * "locked out of my account") land near each other, which the sparse features cannot see; the router's
 * logistic regression learns a direction per label in this space from the examples like any other
 * feature.
 */

/** One content word's part of the embedding: `scale` × `vector` (to explain a decision by its words). */
export type DenseWord = { word: string; vector: Float64Array; scale: number };

export type MessageEmbedding = {
  /** Unit-length weighted mean of the word vectors; null when no content word has a vector. */
  vector: Float64Array | null;
  /** Each content word's share of `vector` (they sum to it). */
  words: DenseWord[];
};

/**
 * Per-word weighted vectors, cached: training texts and customers reuse the same few thousand words.
 * Common words ("need", "year", "get") say little about the topic: each vector is weighed by its smooth
 * inverse frequency (wordVectors.ts).
 */
const cache = new Map<string, Float64Array | null>();

function weightedVectorOf(word: string): Float64Array | null {
  let v = cache.get(word);
  if (v === undefined) {
    const found = wordVector(word);
    v = found ? found.vector.map((x) => x * found.weight) : null;
    if (cache.size >= 50_000) cache.clear();
    cache.set(word, v);
  }
  return v;
}

/** The embedding of `text` (already repaired by the vocabulary match); `withWords` keeps each word's part. */
export function embedMessage(text: string, withWords = false): MessageEmbedding {
  const D = wordVectorDimensions();
  const sum = new Float64Array(D);
  const found: { word: string; v: Float64Array }[] = [];
  const tokens = tokenize(text);
  const durations = durationNows(tokens);
  for (const [i, word] of tokens.entries()) {
    if (durations.has(i)) continue;
    if (word === DIGIT_TOKEN || word.length < 2 || isStopword(word) || !/^[a-z]+$/.test(word)) continue;
    const v = weightedVectorOf(word);
    if (!v) continue;
    for (let d = 0; d < D; d++) sum[d] += v[d];
    if (withWords) found.push({ word, v });
  }
  let norm = 0;
  for (let d = 0; d < D; d++) norm += sum[d] * sum[d];
  if (norm === 0) return { vector: null, words: [] };
  const inv = 1 / Math.sqrt(norm);
  for (let d = 0; d < D; d++) sum[d] *= inv;
  return { vector: sum, words: found.map(({ word, v }) => ({ word, vector: v, scale: inv })) };
}
