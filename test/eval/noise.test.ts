import { describe, expect, it } from 'vitest';
import { hashSeed, NOISE_KINDS, perturb } from '../../src/eval/noise.ts';
import { mulberry32 } from '../../src/routing/seededRandom.ts';

const SENTENCES = [
  'Hi, I was charged twice on invoice INV-2043 and I want a refund for the duplicate.',
  'Our outbound calls to the UK keep failing with error 403 since this morning.',
  'What does the Growth plan cost per month for 12 numbers, and is there a discount for yearly billing?',
  'Your webhooks are timing out on our side, can you check WH-305 for me?',
];

describe('noise', () => {
  it('is deterministic: the same text and seed give the same output, for every kind', () => {
    for (const kind of NOISE_KINDS) {
      for (const text of SENTENCES) expect(perturb(text, kind, 42)).toBe(perturb(text, kind, 42));
    }
  });

  it('changes with the seed', () => {
    const long = SENTENCES.join(' ').repeat(3);
    for (const kind of NOISE_KINDS) expect(perturb(long, kind, 1)).not.toBe(perturb(long, kind, 2));
  });

  it('derives row seeds from their parts, not from the order rows run in', () => {
    expect(hashSeed(1, 'line-4', 1)).toBe(hashSeed(1, 'line-4', 1));
    expect(hashSeed(1, 'line-4', 1)).not.toBe(hashSeed(1, 'line-4', 2));
    const random = mulberry32(7);
    const values = Array.from({ length: 1000 }, random);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
  });

  it('typos: damages roughly 8% of the words, each by one edit, and leaves ids alone', () => {
    const words = Array.from({ length: 2000 }, (_, i) => `invoice${'abcdefghij'[i % 10]}`).join(' ');
    const noisy = perturb(words, 'typos', 3).split(' ');
    const original = words.split(' ');
    const changed = noisy.filter((w, i) => w !== original[i]);
    expect(changed.length / original.length).toBeGreaterThan(0.05);
    expect(changed.length / original.length).toBeLessThan(0.11);
    for (const [i, w] of noisy.entries())
      expect(Math.abs(w.length - original[i].length)).toBeLessThanOrEqual(1);
    expect(perturb('INV-2043 CALL-50111 WH-305', 'typos', 3)).toContain('2043');
  });

  it('asr: lowercase, no punctuation, numbers in words, sound-alikes, nothing else added but fillers', () => {
    const text = 'Refund INV-2043, please: I paid 12 dollars to you for 3 months!';
    const noisy = perturb(text, 'asr', 5);
    expect(noisy).toBe(noisy.toLowerCase());
    expect(noisy).not.toMatch(/[0-9,.:!-]/);
    expect(noisy).toContain('two zero four three');
    expect(noisy).toContain('twelve');
    const fillers = new Set(['um', 'uh', 'so', 'like']);
    const alikes = new Set(['two', 'too', 'four', 'won', 'know']);
    const base = 'refund inv two zero four three please i paid twelve dollars to you for three months'.split(
      ' ',
    );
    const kept = noisy.split(' ').filter((w) => !fillers.has(w));
    expect(kept).toHaveLength(base.length);
    for (const [i, w] of kept.entries())
      expect(w === base[i] || alikes.has(w), `${w} vs ${base[i]}`).toBe(true);
  });

  it('casing: only the case of letters changes', () => {
    for (const text of SENTENCES) {
      const noisy = perturb(text, 'casing', 11);
      expect(noisy.toLowerCase()).toBe(text.toLowerCase());
    }
    expect(perturb(SENTENCES.join(' '), 'casing', 11)).not.toBe(SENTENCES.join(' '));
  });
});
