import { describe, expect, it } from 'vitest';
import { findMoneyFor } from '../../../src/models/offline/amounts.ts';
import { writtenAsDigits } from '../../../src/models/offline/spokenNumbers.ts';

/**
 * "we don't want to spend more than about four hundred thousand": a buyer's ceiling said as what they
 * will not spend was no amount at all, and the search asked "What's the most you'd like to spend?"
 * until the caller was offered a person (dev23).
 */
describe('a ceiling said as what they will not spend', () => {
  it('reads "spend more than", "pay over" and "at most" as the most to spend', () => {
    const spoken = writtenAsDigits(
      "two bedrooms, and we don't want to spend more than about four hundred thousand",
    );
    expect(findMoneyFor('maxPrice', spoken)).toBe(400000);
    expect(findMoneyFor('maxPrice', "we can't pay over 550,000")).toBe(550000);
    expect(findMoneyFor('maxPrice', 'at most 320000 for a 2 bed')).toBe(320000);
  });

  it('still reads no amount from a count', () => {
    expect(findMoneyFor('maxPrice', "we don't want more than 3 bedrooms")).toBeUndefined();
  });
});
