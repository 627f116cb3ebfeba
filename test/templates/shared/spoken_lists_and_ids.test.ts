import { describe, expect, it } from 'vitest';
import { joinWords, normalizeId } from '../../../templates/shared/words.ts';

describe('an id as a model or a transcript gives it', () => {
  it('becomes the canonical PREFIX-REST form however it was spaced or cased', () => {
    for (const raw of ['ac 2001', 'AC2001', 'ac-2001', '2001'])
      expect(normalizeId('AC', raw), raw).toBe('AC-2001');
  });

  it('is null when nothing is left after the prefix', () => {
    expect(normalizeId('AC', null)).toBeNull();
    expect(normalizeId('AC', ' - ')).toBeNull();
    expect(normalizeId('AC', 'ac')).toBeNull();
  });
});

describe('a list read aloud', () => {
  it('joins with commas and a final "and"', () => {
    expect(joinWords([])).toBe('');
    expect(joinWords(['Tuesday'])).toBe('Tuesday');
    expect(joinWords(['09:00', '09:30', '10:00'])).toBe('09:00, 09:30 and 10:00');
  });
});
