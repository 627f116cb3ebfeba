import { describe, expect, it } from 'vitest';
import { writtenAsDigits } from '../../../src/models/offline/spokenNumbers.ts';

/**
 * "five— actually three three should do it": a caller repeating a digit as they settle on it was read
 * as 33, and an order of 33 phone numbers was read back (dev23). Two of the same digit word, and only
 * two, are one number said twice; digits after spelled letters stay a reference's, and longer runs a
 * phone number's.
 */
describe('a digit said twice is said once', () => {
  it('reads "three three" as 3', () => {
    expect(writtenAsDigits('five, actually three three should do it')).toBe('5, actually 3 should do it');
    expect(writtenAsDigits('two two please')).toBe('2 please');
  });

  it('keeps references and phone numbers whole', () => {
    expect(writtenAsDigits('it is A C C one one')).toBe('it is ACC-11');
    expect(writtenAsDigits('my number is five five five oh one two two')).toBe('my number is 555-0122');
    expect(writtenAsDigits('three four please')).toBe('34 please');
  });
});
