import type { LabeledDoc } from './lexicalClassifier.ts';
import { fnv1a } from './stableHash.ts';

/**
 * k-fold cross-validation over a router's own training documents: every document is predicted by a
 * model trained without it. This is how the router is tuned (and its temperature fitted) without ever
 * looking at an evaluation set.
 */

/** What cross-validation needs from a classifier: a label and a confidence for a text. */
export type TextClassifier = {
  predict(text: string): { label: string; confidence: number; ranking: { label: string; p: number }[] };
};

export type HeldOutPrediction = {
  doc: LabeledDoc;
  fold: number;
  label: string;
  confidence: number;
  ranking: { label: string; p: number }[];
};

/**
 * Fold of every document, stratified by label: within a label, documents are ordered by a hash of
 * their text (not alphabetically, so a fold is not all "refund…" sentences) and dealt round-robin.
 * Depends only on the documents (and `salt`, which gives another split of the same documents), never
 * on their order.
 */
export function stratifiedFolds(docs: readonly LabeledDoc[], k: number, salt = ''): number[] {
  if (!Number.isInteger(k) || k < 2) throw new Error(`stratifiedFolds: k must be an integer ≥ 2, got ${k}`);
  const folds = new Array<number>(docs.length).fill(0);
  const byLabel = new Map<string, number[]>();
  docs.forEach((d, i) => {
    const list = byLabel.get(d.label);
    if (list) list.push(i);
    else byLabel.set(d.label, [i]);
  });
  // Labels in sorted order, and each label starts where the previous one stopped: small labels do not
  // all pile into fold 0.
  let next = 0;
  for (const label of [...byLabel.keys()].sort()) {
    const indices = byLabel.get(label)!;
    const key = (i: number) => fnv1a(salt + docs[i].text);
    indices.sort((a, b) => key(a) - key(b) || cmp(docs[a].text, docs[b].text));
    for (const i of indices) {
      folds[i] = next;
      next = (next + 1) % k;
    }
  }
  return folds;
}

/** Held-out prediction of every document, each from a model trained on the other k−1 folds. */
export function crossValidate(
  docs: readonly LabeledDoc[],
  train: (docs: LabeledDoc[]) => TextClassifier,
  k = 5,
  salt = '',
): HeldOutPrediction[] {
  const folds = stratifiedFolds(docs, k, salt);
  const out: HeldOutPrediction[] = [];
  for (let fold = 0; fold < k; fold++) {
    const trainDocs = docs.filter((_, i) => folds[i] !== fold);
    if (trainDocs.length === 0) continue;
    const model = train(trainDocs);
    docs.forEach((doc, i) => {
      if (folds[i] !== fold) return;
      const p = model.predict(doc.text);
      out.push({ doc, fold, label: p.label, confidence: p.confidence, ranking: p.ranking });
    });
  }
  return out;
}

export type HeldOutSummary = {
  n: number;
  accuracy: number;
  /** Documents whose true label is not `stay`: routed to the right edge. */
  inScope: { n: number; accuracy: number };
  /** Documents whose true label is `stay`: kept (any decision but a handoff counts as kept). */
  stay: { n: number; kept: number };
  /** Hybrid fast path: handoffs at confidence ≥ threshold, share of all documents and their precision. */
  calibration: { threshold: number; coverage: number; precision: number }[];
};

export function summarizeHeldOut(
  predictions: readonly HeldOutPrediction[],
  stayLabel: string,
  thresholds: readonly number[] = [0.5, 0.7, 0.8, 0.9],
): HeldOutSummary {
  const n = predictions.length;
  const inScope = predictions.filter((p) => p.doc.label !== stayLabel);
  const stay = predictions.filter((p) => p.doc.label === stayLabel);
  const calibration = thresholds.map((threshold) => {
    const covered = predictions.filter((p) => p.label !== stayLabel && p.confidence >= threshold);
    const correct = covered.filter((p) => p.label === p.doc.label).length;
    return {
      threshold,
      coverage: n === 0 ? 0 : covered.length / n,
      precision: covered.length === 0 ? 1 : correct / covered.length,
    };
  });
  return {
    n,
    accuracy: ratio(predictions.filter((p) => p.label === p.doc.label).length, n),
    inScope: {
      n: inScope.length,
      accuracy: ratio(inScope.filter((p) => p.label === p.doc.label).length, inScope.length),
    },
    stay: { n: stay.length, kept: stay.filter((p) => p.label === stayLabel).length },
    calibration,
  };
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
