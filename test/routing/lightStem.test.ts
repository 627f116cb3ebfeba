import { describe, expect, it } from 'vitest';
import { lightStem } from '../../src/routing/lightStem.ts';

describe('lightStem', () => {
  it('folds plurals and tenses of one word onto one stem', () => {
    for (const family of [
      ['refund', 'refunds', 'refunded', 'refunding'],
      ['charge', 'charges', 'charged', 'charging'],
      ['drop', 'drops', 'dropped', 'dropping'],
      ['bill', 'bills', 'billed', 'billing'],
      ['company', 'companies'],
      ['try', 'tries', 'tried'],
    ]) {
      expect(new Set(family.map(lightStem)), family.join(',')).toHaveProperty('size', 1);
    }
  });

  it('leaves words that only look inflected alone', () => {
    for (const word of ['status', 'business', 'analysis', 'yes', 'sms', 'this', 'speed', 'add'])
      expect(lightStem(word)).toBe(word);
    expect(lightStem('paid')).toBe(lightStem('pay'));
    expect(lightStem('broken')).toBe(lightStem('break'));
  });

  it('keeps short words as they are', () => {
    for (const word of ['hi', 'api', 'sip', 'bot']) expect(lightStem(word)).toBe(word);
  });
});
