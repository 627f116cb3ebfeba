/**
 * Text → sparse TF-IDF vectors, shared by the lexical classifier and the offline model's tool matcher.
 *
 * Two feature blocks: word unigrams+bigrams (stopwords dropped) and character 3–5-grams taken inside
 * each word (so "refunds" still shares most of its grams with "refund"). Each block is L2-normalised on
 * its own and weighted before concatenation, otherwise the ~10× more numerous char grams would drown the
 * word features.
 */

/** Small on purpose: only words that carry no topic. Negations and question words stay (they matter). */
const STOPWORDS = new Set(
  (
    'a an the and or but if then so of to in on at by for with from into about as is am are was were be been ' +
    'being it its this that these those i im ive me my mine we our us you your yours he she they them their ' +
    'do does did doing have has had having will would shall should can could may might must please just ' +
    'also too very really there here some any what how when where which why u ur pls plz ' +
    // Fillers, typed as said: "oh", "um so yeah".
    'oh ah uh um umm erm ' +
    // Contractions as normalizeText leaves them (apostrophe dropped): "what's" is "whats".
    'whats thats theres heres hows whos wheres whens youre youve youll theyre weve'
  ).split(' '),
);

/** Placeholder every digit run collapses to, so INV-1042 and INV-77 look alike. */
export const DIGIT_TOKEN = '0';

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** Lowercase, fold accents, drop apostrophes inside words, collapse digits, turn punctuation into spaces. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/\d+(?:[.,]\d+)*/g, ` ${DIGIT_TOKEN} `)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function tokenize(text: string): string[] {
  const normalized = normalizeText(text);
  return normalized === '' ? [] : normalized.split(' ');
}

/** Feature counts of one text; with `sources`, also which surface words each feature came from. */
export type RawFeatures = { counts: Map<string, number>; sources?: Map<string, string[]> };

/**
 * Empty feature counts and the way to add to them: `add(key, word)` counts `key` once more and, with
 * `withSources`, remembers `word` among its sources. For both feature views (this file's, routerFeatures.ts).
 */
export function featureCounter(withSources = false): RawFeatures & { add(key: string, word: string): void } {
  const counts = new Map<string, number>();
  const sources = withSources ? new Map<string, string[]>() : undefined;
  const add = (key: string, word: string) => {
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (!sources) return;
    const words = sources.get(key);
    if (!words) sources.set(key, [word]);
    else if (!words.includes(word)) words.push(word);
  };
  return { counts, sources, add };
}

export function extractFeatures(text: string, options: { withSources?: boolean } = {}): RawFeatures {
  const { counts, sources, add } = featureCounter(options.withSources);
  const content = tokenize(text).filter((w) => !STOPWORDS.has(w));
  for (let i = 0; i < content.length; i++) {
    const word = content[i];
    add(`w|${word}`, word);
    if (i + 1 < content.length) add(`b|${word} ${content[i + 1]}`, `${word} ${content[i + 1]}`);
    if (word === DIGIT_TOKEN) continue;
    const padded = `<${word}>`;
    for (let n = 3; n <= 5; n++) {
      for (let s = 0; s + n <= padded.length; s++) add(`c|${padded.slice(s, s + n)}`, word);
    }
  }
  return { counts, sources };
}

/** A sparse vector: feature indices (ascending) and values. */
export type SparseVector = { idx: number[]; val: number[] };

export type VectorizerOptions = {
  /** Share of the squared norm given to the word block (the rest goes to char grams). */
  wordWeight?: number;
  /**
   * Instead of `wordWeight`: blocks of features by key prefix (`'wb'` = keys starting with `w` or `b`),
   * each L2-normalised on its own and given its share of the squared norm. Unlisted prefixes are ignored.
   */
  blocks?: { prefixes: string; weight: number }[];
};

/** Vocabulary + IDF fitted on a corpus; turns texts into L2-normalised TF-IDF vectors. */
export class TfidfVectorizer {
  readonly vocabulary = new Map<string, number>();
  readonly features: string[] = [];
  private idf: number[] = [];
  /** Block of every feature (by index), and each block's scale (√ of its weight). */
  private featureBlock: number[] = [];
  private readonly blockOfPrefix = new Map<string, number>();
  private readonly blockScale: number[];
  private scratch = new Float64Array(0);

  constructor(options: VectorizerOptions = {}) {
    const wordWeight = options.wordWeight ?? 0.5;
    // Default: char grams in one block, every other feature (words, bigrams) in the other.
    const blocks = options.blocks ?? [
      { prefixes: 'wb', weight: wordWeight },
      { prefixes: 'c', weight: 1 - wordWeight },
    ];
    blocks.forEach((b, i) => {
      for (const p of b.prefixes) this.blockOfPrefix.set(p, i);
    });
    this.blockScale = blocks.map((b) => Math.sqrt(Math.max(0, b.weight)));
    if (!options.blocks) this.blockOfPrefix.set('', 0);
  }

  fit(texts: string[]): this {
    return this.fitRaw(texts.map((t) => extractFeatures(t)));
  }

  /** Fit on already extracted features (training extracts once and reuses them for `vectorize`). */
  fitRaw(docs: RawFeatures[]): this {
    const df = new Map<string, number>();
    for (const doc of docs) {
      for (const key of doc.counts.keys()) {
        if (this.blockOf(key) >= 0) df.set(key, (df.get(key) ?? 0) + 1);
      }
    }
    // Sorted so the index layout depends only on the corpus content, never on Map insertion order.
    for (const key of [...df.keys()].sort()) {
      this.vocabulary.set(key, this.features.length);
      this.features.push(key);
      this.featureBlock.push(this.blockOf(key));
      this.idf.push(Math.log((1 + docs.length) / (1 + df.get(key)!)) + 1);
    }
    return this;
  }

  /** What `fitRaw` learnt, to rebuild the vectorizer without the corpus (see routerSnapshot.ts). */
  state(): { features: string[]; idf: number[] } {
    return { features: [...this.features], idf: [...this.idf] };
  }

  /** The vectorizer `fitRaw` made, from its `state()` and the options it was constructed with. */
  static restore(options: VectorizerOptions, state: { features: string[]; idf: number[] }): TfidfVectorizer {
    const vectorizer = new TfidfVectorizer(options);
    state.features.forEach((key, i) => {
      vectorizer.vocabulary.set(key, i);
      vectorizer.features.push(key);
      vectorizer.featureBlock.push(vectorizer.blockOf(key));
    });
    vectorizer.idf = [...state.idf];
    return vectorizer;
  }

  transform(text: string): SparseVector {
    return this.vectorize(extractFeatures(text));
  }

  vectorize(raw: RawFeatures): SparseVector {
    // Training vectorises every document of every router: typed arrays and one scratch row instead of
    // an object per feature keep this off the garbage collector's books.
    const V = this.features.length;
    if (this.scratch.length !== V) this.scratch = new Float64Array(V);
    const scratch = this.scratch;
    const found = new Uint32Array(raw.counts.size);
    const norms = new Float64Array(this.blockScale.length);
    let n = 0;
    for (const [key, count] of raw.counts) {
      const i = this.vocabulary.get(key);
      if (i === undefined) continue;
      const v = (1 + Math.log(count)) * this.idf[i];
      norms[this.featureBlock[i]] += v * v;
      scratch[i] = v;
      found[n++] = i;
    }
    const sorted = found.subarray(0, n).sort();
    const factors = Array.from(norms, (sq, b) => (sq > 0 ? this.blockScale[b] / Math.sqrt(sq) : 0));
    const idx = new Array<number>(n);
    const val = new Array<number>(n);
    let norm = 0;
    for (let j = 0; j < n; j++) {
      const i = sorted[j];
      const v = scratch[i] * factors[this.featureBlock[i]];
      scratch[i] = 0;
      idx[j] = i;
      val[j] = v;
      norm += v * v;
    }
    // Renormalise so every non-empty text has norm 1, also when some of the blocks are empty.
    norm = Math.sqrt(norm);
    for (let j = 0; j < n; j++) val[j] = norm > 0 ? val[j] / norm : 0;
    return { idx, val };
  }

  /** Block index of a feature key; −1 when its prefix belongs to no block. */
  private blockOf(key: string): number {
    return this.blockOfPrefix.get(key[0]) ?? this.blockOfPrefix.get('') ?? -1;
  }
}

export function cosine(a: SparseVector, b: SparseVector): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const v of a.val) na += v * v;
  for (const v of b.val) nb += v * v;
  let i = 0;
  let j = 0;
  while (i < a.idx.length && j < b.idx.length) {
    if (a.idx[i] === b.idx[j]) dot += a.val[i++] * b.val[j++];
    else if (a.idx[i] < b.idx[j]) i++;
    else j++;
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}
