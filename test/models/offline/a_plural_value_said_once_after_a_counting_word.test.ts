import { describe, expect, it } from 'vitest';
import { findEnumValue } from '../../../src/models/offline/entityExtractors.ts';

/**
 * "how much is another seat?" named no item ("seats" is the value), so the price look-up was never
 * asked about seats and Sales answered with its greeting. A plural value said once counts after a
 * word that counts it ("another", "one more user", "an extra"); "my car seat" counts none.
 */

const ITEMS = ['numbers', 'seats', 'minutes'];

describe('a plural value said once after a counting word', () => {
  it.each([
    ['how much is another seat?', 'seats'],
    ['what does one more user seat cost per month', 'seats'],
    ['price of an extra number?', 'numbers'],
  ])('reads "%s" as %s', (text, value) => {
    expect(findEnumValue(text, ITEMS)).toBe(value);
  });

  it.each(['my car seat is broken', 'can you send the seating chart', 'we need seats'])(
    'reads no counted seat in "%s" unless the plural is said',
    (text) => {
      expect(findEnumValue(text, ITEMS)).toBe(text.includes('seats') ? 'seats' : undefined);
    },
  );
});
