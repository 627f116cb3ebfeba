import { describe, expect, it } from 'vitest';
import { crossValidate, stratifiedFolds, summarizeHeldOut } from '../../src/routing/crossValidation.ts';
import { BILLING_EXAMPLES, SALES_EXAMPLES, TECH_EXAMPLES } from '../../src/routing/fixtures/supportGraph.ts';
import { type LabeledDoc, LexicalClassifier } from '../../src/routing/lexicalClassifier.ts';

const DOCS: LabeledDoc[] = [
  ...BILLING_EXAMPLES.map((text) => ({ label: 'billing', text })),
  ...TECH_EXAMPLES.map((text) => ({ label: 'tech', text })),
  ...SALES_EXAMPLES.map((text) => ({ label: 'sales', text })),
  ...['hi', 'hello there', 'thanks', 'tell me a joke', 'ok bye'].map((text) => ({ label: 'stay', text })),
];

describe('cross-validation', () => {
  it('deals every label evenly over the folds, whatever the document order', () => {
    const folds = stratifiedFolds(DOCS, 4);
    for (const label of ['billing', 'tech', 'sales']) {
      const sizes = [0, 1, 2, 3].map(
        (f) => DOCS.filter((d, i) => d.label === label && folds[i] === f).length,
      );
      expect(Math.max(...sizes) - Math.min(...sizes), label).toBeLessThanOrEqual(1);
    }
    const reversed = [...DOCS].reverse();
    const again = stratifiedFolds(reversed, 4);
    for (const [i, d] of reversed.entries()) expect(again[i]).toBe(folds[DOCS.indexOf(d)]);
    expect(stratifiedFolds(DOCS, 4, 'other')).not.toEqual(folds);
    expect(() => stratifiedFolds(DOCS, 1)).toThrow();
  });

  it('never predicts a document with a model that saw it', () => {
    const seen: string[][] = [];
    const predictions = crossValidate(
      DOCS,
      (train) => {
        seen.push(train.map((d) => d.text));
        return LexicalClassifier.train(train);
      },
      4,
    );
    expect(predictions).toHaveLength(DOCS.length);
    for (const p of predictions) expect(seen[p.fold]).not.toContain(p.doc.text);
  });

  it('summarises accuracy, kept stays and the fast path coverage and precision', () => {
    const predictions = crossValidate(DOCS, (train) => LexicalClassifier.train(train), 4);
    const summary = summarizeHeldOut(predictions, 'stay', [0, 0.99]);
    expect(summary.n).toBe(DOCS.length);
    expect(summary.inScope.n + summary.stay.n).toBe(DOCS.length);
    const correct = predictions.filter((p) => p.label === p.doc.label).length;
    expect(summary.accuracy).toBeCloseTo(correct / DOCS.length, 10);
    const handoffs = predictions.filter((p) => p.label !== 'stay');
    expect(summary.calibration[0].coverage).toBeCloseTo(handoffs.length / DOCS.length, 10);
    expect(summary.calibration[1].coverage).toBeLessThanOrEqual(summary.calibration[0].coverage);
    // 16 sentences per topic: far from perfect, far better than chance (1/4).
    expect(summary.inScope.accuracy).toBeGreaterThan(0.5);
  });
});
