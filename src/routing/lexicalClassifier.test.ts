import { describe, expect, it } from 'vitest';
import {
  BILLING_EXAMPLES,
  HUMAN_EXAMPLES_FIXTURE,
  SALES_EXAMPLES,
  TECH_EXAMPLES,
} from './fixtures/supportGraph.ts';
import { type LabeledDoc, LexicalClassifier } from './lexicalClassifier.ts';

const BASE: LabeledDoc[] = [
  ...BILLING_EXAMPLES.map((text) => ({ label: 'billing', text })),
  ...TECH_EXAMPLES.map((text) => ({ label: 'tech', text })),
  ...SALES_EXAMPLES.map((text) => ({ label: 'sales', text })),
  ...HUMAN_EXAMPLES_FIXTURE.map((text) => ({ label: 'human', text })),
];

/** ~360 distinct short sentences: the base examples with conversational openers. */
function corpus(): LabeledDoc[] {
  const openers = ['', 'hi, ', 'hello there, ', 'quick question: ', 'so ', 'um, '];
  return openers.flatMap((o) => BASE.map((d) => ({ label: d.label, text: `${o}${d.text}` })));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

describe('LexicalClassifier', () => {
  it('gives identical probabilities when trained twice, whatever the document order', () => {
    const docs = corpus();
    const reversed = [...docs].reverse();
    const a = LexicalClassifier.train(docs);
    const b = LexicalClassifier.train(reversed);
    for (const text of ['refund my invoice', 'the app crashes', 'I want a human', 'price of pro']) {
      expect(b.predict(text)).toEqual(a.predict(text));
    }
  });

  it('returns a ranking that sums to 1 with the top probability as confidence', () => {
    const classifier = LexicalClassifier.train(BASE);
    const prediction = classifier.predict('I was double charged on my credit card');
    expect(prediction.label).toBe('billing');
    expect(prediction.confidence).toBe(prediction.ranking[0].p);
    expect(prediction.ranking.map((r) => r.label).sort()).toEqual(['billing', 'human', 'sales', 'tech']);
    expect(prediction.ranking.reduce((sum, r) => sum + r.p, 0)).toBeCloseTo(1, 10);
    for (let i = 1; i < prediction.ranking.length; i++) {
      expect(prediction.ranking[i - 1].p).toBeGreaterThanOrEqual(prediction.ranking[i].p);
    }
  });

  it('names the input words that decided the label', () => {
    const classifier = LexicalClassifier.train(BASE);
    const prediction = classifier.predict('my password reset email never came');
    expect(prediction.label).toBe('tech');
    expect(prediction.topTerms.length).toBeGreaterThan(0);
    expect(prediction.topTerms.length).toBeLessThanOrEqual(3);
    expect(prediction.topTerms).toContain('password');
    // Terms come from the input, never from the training vocabulary alone.
    for (const term of prediction.topTerms) expect('my password reset email never came').toContain(term);
  });

  it('renormalises over the allowed labels only', () => {
    const classifier = LexicalClassifier.train(BASE);
    const full = classifier.predict('I want a refund');
    const restricted = classifier.predict('I want a refund', { allowed: ['sales', 'human'] });
    expect(full.label).toBe('billing');
    expect(restricted.ranking.map((r) => r.label).sort()).toEqual(['human', 'sales']);
    expect(restricted.ranking.reduce((sum, r) => sum + r.p, 0)).toBeCloseTo(1, 10);
    const fullSales = full.ranking.find((r) => r.label === 'sales')!.p;
    const fullHuman = full.ranking.find((r) => r.label === 'human')!.p;
    const restrictedSales = restricted.ranking.find((r) => r.label === 'sales')!.p;
    expect(restrictedSales).toBeCloseTo(fullSales / (fullSales + fullHuman), 10);
  });

  it('refuses to train on nothing and to predict with no known allowed label', () => {
    expect(() => LexicalClassifier.train([])).toThrow();
    const classifier = LexicalClassifier.train(BASE);
    expect(() => classifier.predict('hi', { allowed: ['nope'] })).toThrow();
  });

  it('trains on ~300 sentences in under 100 ms and predicts in under 1 ms', () => {
    const docs = corpus();
    expect(docs.length).toBeGreaterThanOrEqual(300);
    const trainMs: number[] = [];
    let classifier: LexicalClassifier | undefined;
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      classifier = LexicalClassifier.train(docs);
      trainMs.push(performance.now() - start);
    }
    const texts = ['refund please', 'my screen is blank', 'pricing for 20 seats', 'get me a person'];
    const start = performance.now();
    const runs = 2000;
    for (let i = 0; i < runs; i++) classifier!.predict(texts[i % texts.length]);
    const predictMs = (performance.now() - start) / runs;
    console.info(
      `[lexicalClassifier] ${docs.length} docs: train ms first=${trainMs[0].toFixed(1)} median=${median(trainMs).toFixed(1)}; predict ms=${predictMs.toFixed(3)}`,
    );
    expect(median(trainMs)).toBeLessThan(100);
    expect(predictMs).toBeLessThan(1);
  });
});
