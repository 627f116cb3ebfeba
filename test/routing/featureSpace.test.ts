import { describe, expect, it } from 'vitest';
import { FeatureSpace } from '../../src/routing/featureSpace.ts';

const CORPUS = ['refund my invoice', 'my calls keep dropping', 'how much is the pro plan', 'hello'];

describe('FeatureSpace', () => {
  it('does not depend on the order or repetition of the corpus', () => {
    const a = FeatureSpace.fit(CORPUS);
    const b = FeatureSpace.fit([...CORPUS].reverse().concat(CORPUS));
    expect(b.size).toBe(a.size);
    for (const text of [...CORPUS, 'refund for dropped calls'])
      expect(b.vector(text)).toEqual(a.vector(text));
  });

  it('gives unit vectors with ascending indices, and an empty one for unknown text', () => {
    const space = FeatureSpace.fit(CORPUS);
    const v = space.vector('please refund the dropped calls');
    expect(v.idx.length).toBeGreaterThan(0);
    for (let j = 1; j < v.idx.length; j++) expect(v.idx[j]).toBeGreaterThan(v.idx[j - 1]);
    expect(v.val.reduce((s, x) => s + x * x, 0)).toBeCloseTo(1, 10);
    expect(space.vector('zzz qqq').idx).toEqual([]);
  });

  it('weighs the word, concept and char blocks as asked', () => {
    const conceptsOnly = FeatureSpace.fit(CORPUS, {
      wordWeight: 0,
      conceptWeight: 1,
      supersenseWeight: 0,
      embeddingWeight: 0,
    });
    const v = conceptsOnly.vector('refund my invoice');
    const keys = v.idx.filter((_, j) => v.val[j] !== 0).map((i) => conceptsOnly.feature(i));
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(key.startsWith('k|')).toBe(true);
  });

  it('explains a vector with the words behind each feature', () => {
    const space = FeatureSpace.fit(CORPUS);
    const { vector, sources } = space.analyze('Refunds, please');
    expect(vector).toEqual(space.vector('Refunds, please'));
    expect(sources.get('w|refund')).toEqual(['refunds']);
  });
});
