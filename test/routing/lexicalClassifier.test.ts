import { describe, expect, it } from 'vitest';
import {
  BILLING_EXAMPLES,
  HUMAN_EXAMPLES_FIXTURE,
  SALES_EXAMPLES,
  TECH_EXAMPLES,
} from '../../src/routing/fixtures/supportGraph.ts';
import { type LabeledDoc, LexicalClassifier } from '../../src/routing/lexicalClassifier.ts';

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

  // Speed is measured by `npm run bench:router` (training and per-message cost), not asserted here: a
  // timed assertion fails on a loaded machine without the code having changed.
  it('trains on ~300 sentences and every prediction names a trained label with a probability', () => {
    const docs = corpus();
    expect(docs.length).toBeGreaterThanOrEqual(300);
    const classifier = LexicalClassifier.train(docs);
    const labels = new Set(docs.map((d) => d.label));
    for (const text of ['refund please', 'my screen is blank', 'pricing for 20 seats', 'get me a person']) {
      const prediction = classifier.predict(text);
      expect(labels.has(prediction.label), text).toBe(true);
      expect(prediction.confidence).toBeGreaterThan(0);
      expect(prediction.confidence).toBeLessThanOrEqual(1);
    }
  });
});
