import { describe, expect, it } from 'vitest';
import { findNumber } from '../../src/models/offline/numberSaid.ts';

// A dev28 row (healthcare): "Let's do the 6-month plan" to the payment-plan offer asked "Over how many
// months…?": a number joined to its unit by a hyphen was no number.
describe('a number joined to its unit is read', () => {
  it('reads "6-month", "12-month", "3-bed"', () => {
    expect(findNumber("let's do the 6-month plan", 'months')).toBe(6);
    expect(findNumber('the 12-month one', 'months')).toBe(12);
    expect(findNumber('a 3-bed house', 'bedrooms')).toBe(3);
    // A reference is no count.
    expect(findNumber('order ORD-0002', 'quantity')).toBeUndefined();
  });
});
