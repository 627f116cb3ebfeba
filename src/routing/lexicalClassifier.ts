import { FeatureSpace, type FeatureSpaceOptions } from './featureSpace.ts';
import { mulberry32 } from './seededRandom.ts';
import { fnv1a, mix32 } from './stableHash.ts';
import { DIGIT_TOKEN, type SparseVector } from './textFeatures.ts';
import { analyzeInTurn } from './turnAnalysisMemo.ts';
import type { DenseWord } from './wordEmbedding.ts';

/**
 * A small deterministic text classifier trained in-process: TF-IDF over the router features (light-stem
 * word 1–2-grams, support-lexicon concepts, char 3–4-grams; see routerFeatures.ts) into multinomial
 * logistic regression (softmax, L2, SGD with a fixed order per epoch, zero init).
 * Same documents → same weights, whatever order the documents came in (see `order` for how each epoch
 * visits them).
 */

export type LabeledDoc = { label: string; text: string };

export type TrainOptions = FeatureSpaceOptions & {
  /** Passes over the data. */
  epochs?: number;
  /** L2 penalty per example (objective: mean loss + l2/2·‖W‖²). Higher → softer probabilities. */
  l2?: number;
  /** Initial SGD step; decays as lr0 / (1 + epoch). */
  learningRate?: number;
  /**
   * A space fitted beforehand (shared by the routers of one graph); its own feature options win over
   * the ones above. Without it, the classifier fits a space on its documents.
   */
  space?: FeatureSpace;
  /** Weight examples by inverse class frequency so a label with many examples does not win by default. */
  balanceClasses?: boolean;
  /**
   * Learn weights for the space's embedding block (featureSpace.ts). Off, those weights stay zero: the
   * classifier decides on the sparse features alone, in a space shared with routers that use it.
   */
  useEmbedding?: boolean;
  /**
   * How each epoch orders the documents (both after sorting them, so the input order never matters).
   * 'shuffled' (the routers'): a seeded shuffle of their indices, so one more document gives every
   * epoch another order and moves marginal decisions everywhere. 'hashed': by a hash of (label, text,
   * epoch), so a document's place depends on itself alone and one more document is only inserted;
   * its one-time reshuffle of every router is measured in docs/routing.md.
   */
  order?: 'shuffled' | 'hashed';
  /** With `order: 'hashed'`, another order of the same documents (another hash per document). */
  orderSalt?: string;
};

export type Prediction = {
  label: string;
  confidence: number;
  ranking: { label: string; p: number }[];
  topTerms: string[];
  /**
   * Share of the message's content words the classifier recognised (known, reached through WordNet, or
   * repaired from a typo); 1 for a message without content words.
   */
  recognized: number;
};

export type PredictOptions = {
  /** Only these labels may win; probabilities are renormalised over them. */
  allowed?: readonly string[];
  /** How many explaining terms to return (default 3). */
  maxTerms?: number;
};

const DEFAULTS = {
  epochs: 12,
  l2: 1e-4,
  learningRate: 4,
  balanceClasses: true,
  useEmbedding: true,
  order: 'shuffled' as 'shuffled' | 'hashed',
  orderSalt: '',
};

export class LexicalClassifier {
  private constructor(
    readonly labels: readonly string[],
    private readonly space: FeatureSpace,
    /** Row-major: weights[k * featureCount + f]. */
    private readonly weights: Float64Array,
    private readonly bias: Float64Array,
  ) {}

  static train(docs: readonly LabeledDoc[], options: TrainOptions = {}): LexicalClassifier {
    const opts = { ...DEFAULTS, ...options };
    if (docs.length === 0) throw new Error('LexicalClassifier.train needs at least one document');
    // Canonical order first, then a seeded shuffle: input order cannot change the weights.
    const sorted = [...docs].sort((a, b) => compare(a.label, b.label) || compare(a.text, b.text));
    const labels = [...new Set(sorted.map((d) => d.label))];
    const labelIndex = new Map(labels.map((l, i) => [l, i]));
    const space =
      options.space ??
      FeatureSpace.fit(
        sorted.map((d) => d.text),
        options,
      );
    const denseFrom = opts.useEmbedding ? Number.POSITIVE_INFINITY : space.denseOffset;
    const X = sorted.map((d) => withoutFrom(space.vector(d.text), denseFrom));
    const y = sorted.map((d) => labelIndex.get(d.label)!);

    const K = labels.length;
    const V = space.size;
    const counts = new Array<number>(K).fill(0);
    for (const k of y) counts[k] += 1;
    const classWeight = counts.map((c) => (opts.balanceClasses ? sorted.length / (K * c) : 1));

    // W = scale · U: the L2 shrink of every weight becomes one multiplication per step (exact, not lazy).
    const U = new Float64Array(K * V);
    const bias = new Float64Array(K);
    let scale = 1;
    const scores = new Float64Array(K);
    const nextOrder = epochOrder(sorted, opts.order, opts.orderSalt);

    for (let epoch = 0; epoch < opts.epochs; epoch++) {
      const order = nextOrder(epoch);
      const lr = opts.learningRate / (1 + epoch);
      for (const i of order) {
        const x = X[i];
        linearScores(U, bias, scale, V, x, scores);
        softmaxInPlace(scores);
        scale *= 1 - lr * opts.l2;
        const step = (lr * classWeight[y[i]]) / scale;
        for (let k = 0; k < K; k++) {
          const g = scores[k] - (k === y[i] ? 1 : 0);
          if (g === 0) continue;
          const row = k * V;
          for (let j = 0; j < x.idx.length; j++) U[row + x.idx[j]] -= step * g * x.val[j];
          bias[k] -= lr * classWeight[y[i]] * g;
        }
        if (scale < 1e-6) {
          for (let f = 0; f < U.length; f++) U[f] *= scale;
          scale = 1;
        }
      }
    }
    for (let f = 0; f < U.length; f++) U[f] *= scale;
    return new LexicalClassifier(labels, space, U, bias);
  }

  /** The trained weights (the space is the graph's, kept apart): see routerSnapshot.ts. */
  state(): { labels: string[]; weights: Float64Array; bias: Float64Array } {
    return { labels: [...this.labels], weights: this.weights, bias: this.bias };
  }

  /** The classifier `train` made, from its `state()` and the space it was trained in. */
  static restore(
    state: { labels: readonly string[]; weights: Float64Array; bias: Float64Array },
    space: FeatureSpace,
  ): LexicalClassifier {
    if (
      state.weights.length !== state.labels.length * space.size ||
      state.bias.length !== state.labels.length
    )
      throw new Error('LexicalClassifier.restore: the weights do not fit the labels and the space');
    return new LexicalClassifier(state.labels, space, state.weights, state.bias);
  }

  predict(text: string, options: PredictOptions = {}): Prediction {
    const allowed = options.allowed
      ? this.labels.map((l, k) => (options.allowed!.includes(l) ? k : -1)).filter((k) => k >= 0)
      : this.labels.map((_, k) => k);
    if (allowed.length === 0)
      throw new Error('predict: none of the allowed labels is known to the classifier');
    const { vector, sources, denseWords, recognition } = analyzeInTurn(this.space, text);
    const V = this.space.size;
    const all = new Float64Array(this.labels.length);
    linearScores(this.weights, this.bias, 1, V, vector, all);
    const scores = Float64Array.from(allowed, (k) => all[k]);
    softmaxInPlace(scores);
    const ranking = allowed
      .map((k, i) => ({ label: this.labels[k], p: scores[i] }))
      .sort((a, b) => b.p - a.p || compare(a.label, b.label));
    const winner = this.labels.indexOf(ranking[0].label);
    return {
      label: ranking[0].label,
      confidence: ranking[0].p,
      ranking,
      topTerms: this.explain(vector, sources, denseWords, winner, allowed, options.maxTerms ?? 3),
      recognized: recognition.words === 0 ? 1 : recognition.recognized / recognition.words,
    };
  }

  /**
   * Input words that push hardest towards `winner` relative to the other allowed labels: each feature's
   * value × (its weight for the winner − its mean weight for the others), summed back onto the words
   * the feature came from.
   */
  private explain(
    vector: SparseVector,
    sources: Map<string, string[]>,
    denseWords: readonly DenseWord[],
    winner: number,
    allowed: number[],
    max: number,
  ): string[] {
    const V = this.space.size;
    const others = allowed.filter((k) => k !== winner);
    const lead = (f: number) => {
      let otherMean = 0;
      for (const k of others) otherMean += this.weights[k * V + f];
      if (others.length > 0) otherMean /= others.length;
      return this.weights[winner * V + f] - otherMean;
    };
    const byWord = new Map<string, number>();
    const credit = (word: string, contribution: number) =>
      byWord.set(word, (byWord.get(word) ?? 0) + contribution);
    const denseOffset = this.space.denseOffset;
    for (let j = 0; j < vector.idx.length; j++) {
      const f = vector.idx[j];
      if (f >= denseOffset) continue; // the embedding block is credited word by word below
      const contribution = vector.val[j] * lead(f);
      const words = (sources.get(this.space.feature(f)) ?? []).flatMap((w) => w.split(' '));
      for (const word of words) credit(word, contribution / words.length);
    }
    // Each word's own part of the embedding, against the weights of the embedding block.
    if (denseWords.length > 0) {
      const leads = new Float64Array(denseWords[0].vector.length);
      for (let d = 0; d < leads.length; d++) leads[d] = lead(denseOffset + d);
      for (const { word, vector: part, scale } of denseWords) {
        let contribution = 0;
        for (let d = 0; d < part.length; d++) contribution += part[d] * leads[d];
        credit(word, contribution * scale);
      }
    }
    const terms: string[] = [];
    const ranked = [...byWord].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]));
    for (const [word, c] of ranked) {
      if (terms.length >= max || c <= 0) break;
      if (word === DIGIT_TOKEN || word.length < 2) continue;
      // "inv" next to "invoice" says nothing new.
      if (terms.some((t) => t.startsWith(word) || word.startsWith(t))) continue;
      terms.push(word);
    }
    return terms;
  }
}

/** The vector without its features from index `from` on (the embedding block when it is not used). */
function withoutFrom(x: SparseVector, from: number): SparseVector {
  if (from === Number.POSITIVE_INFINITY || x.idx.length === 0 || x.idx[x.idx.length - 1] < from) return x;
  const n = x.idx.findIndex((i) => i >= from);
  return { idx: x.idx.slice(0, n), val: x.val.slice(0, n) };
}

function linearScores(
  W: Float64Array,
  bias: Float64Array,
  scale: number,
  V: number,
  x: SparseVector,
  out: Float64Array,
): void {
  for (let k = 0; k < out.length; k++) {
    let s = 0;
    const row = k * V;
    for (let j = 0; j < x.idx.length; j++) s += W[row + x.idx[j]] * x.val[j];
    out[k] = s * scale + bias[k];
  }
}

function softmaxInPlace(z: Float64Array): void {
  let max = Number.NEGATIVE_INFINITY;
  for (const v of z) max = Math.max(max, v);
  let sum = 0;
  for (let k = 0; k < z.length; k++) {
    z[k] = Math.exp(z[k] - max);
    sum += z[k];
  }
  for (let k = 0; k < z.length; k++) z[k] /= sum;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The documents' visiting order of each epoch, as indices into the sorted documents. */
function epochOrder(
  sorted: readonly LabeledDoc[],
  kind: 'shuffled' | 'hashed',
  salt: string,
): (epoch: number) => readonly number[] {
  const order = sorted.map((_, i) => i);
  if (kind === 'shuffled') {
    const random = mulberry32(0x5eed);
    return () => {
      shuffle(order, random);
      return order;
    };
  }
  const docKeys = sorted.map((d) => fnv1a(`${salt}\u0000${d.label}\u0000${d.text}`));
  const epochKeys = new Uint32Array(sorted.length);
  return (epoch) => {
    const epochSalt = Math.imul(epoch + 1, 0x9e3779b9);
    for (let i = 0; i < docKeys.length; i++) epochKeys[i] = mix32(docKeys[i] ^ epochSalt);
    // Ties (the same document twice, or a hash collision) keep the canonical order.
    return order.sort((a, b) => epochKeys[a] - epochKeys[b] || a - b);
  };
}

function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
}
