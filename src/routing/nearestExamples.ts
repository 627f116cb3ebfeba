import type { LabeledDoc } from './lexicalClassifier.ts';
import { embedMessage } from './wordEmbedding.ts';

/**
 * How much each desk's nearest training texts in the word-vector space move the entry router's choice
 * among its desks: a desk's share of the desks' probability is weighed by e^(TILT × (its similarity −
 * the nearest desk's)). The logistic regression learns one direction per label in the embedding
 * (featureSpace.ts), which blurs a desk whose texts cover several topics (a billing desk: invoices,
 * refunds, cards, closing an account); its nearest texts keep each topic apart. `stay` keeps its
 * probability: tilting it too (towards the entry's few off-topic phrases) cost off-topic rows on
 * after-hours. Chosen on the five templates' dev sets (dev, dev2, dev3, salon dev4) against
 * routing.jsonl, holdout.jsonl and traffic.jsonl (docs/routing.md, router20): 5–15 all gained, 10 most
 * on both.
 */
const TILT = 10;
/** A label's similarity: the mean cosine of its NEAREST most similar texts (1 lets one odd text win). */
const NEAREST = 3;

/**
 * The training texts of one router as unit-length sentence embeddings (wordEmbedding.ts), grouped by
 * label, to tilt its scores towards the label whose texts a message lies nearest to. Built from the
 * documents alone (deterministic, no training), so the router snapshot needs nothing new.
 */
export class NearestExamples {
  private readonly byLabel: { label: string; vectors: Float32Array; count: number }[] = [];
  private readonly dimensions: number;

  constructor(docs: readonly LabeledDoc[]) {
    const grouped = new Map<string, Float64Array[]>();
    let dimensions = 0;
    for (const doc of docs) {
      const { vector } = embedMessage(doc.text);
      if (!vector) continue;
      dimensions = vector.length;
      const list = grouped.get(doc.label) ?? [];
      list.push(vector);
      grouped.set(doc.label, list);
    }
    this.dimensions = dimensions;
    for (const [label, list] of [...grouped].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
      const vectors = new Float32Array(list.length * dimensions);
      for (let i = 0; i < list.length; i++) vectors.set(list[i], i * dimensions);
      this.byLabel.push({ label, vectors, count: list.length });
    }
  }

  /**
   * Log-weights per label of `labels` but `keep` for `text` (0 for the nearest, negative for the
   * others), or null when the message has no word with a vector. A label without an embedded text gets
   * the lowest.
   */
  tilt(text: string, labels: readonly string[], keep: string): Map<string, number> | null {
    const { vector } = embedMessage(text);
    if (!vector || this.dimensions === 0) return null;
    const D = this.dimensions;
    const similarity = new Map<string, number>();
    const top = new Float64Array(NEAREST);
    for (const { label, vectors, count } of this.byLabel) {
      if (label === keep || !labels.includes(label)) continue;
      top.fill(-1);
      for (let i = 0; i < count; i++) {
        let s = 0;
        const at = i * D;
        for (let d = 0; d < D; d++) s += vectors[at + d] * vector[d];
        // Keep the NEAREST largest, smallest last.
        if (s <= top[NEAREST - 1]) continue;
        let j = NEAREST - 1;
        while (j > 0 && top[j - 1] < s) {
          top[j] = top[j - 1];
          j--;
        }
        top[j] = s;
      }
      const n = Math.min(NEAREST, count);
      let sum = 0;
      for (let j = 0; j < n; j++) sum += top[j];
      similarity.set(label, sum / n);
    }
    if (similarity.size === 0) return null;
    const best = Math.max(...similarity.values());
    const lowest = Math.min(...similarity.values());
    return new Map(
      labels.filter((l) => l !== keep).map((l) => [l, TILT * ((similarity.get(l) ?? lowest) - best)]),
    );
  }
}
