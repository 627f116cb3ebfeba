import { describe, expect, it } from 'vitest';
import { phoneDigits, samePhone } from '../../../templates/shared/phoneNumbers.ts';

/** A number given at booking is the same number however it is said again (templates/shared/phoneNumbers.ts). */
describe('phone numbers are compared by their digits', () => {
  it.each([
    ['555-0134', '(555) 0134'],
    ['555-0134', '555.01.34'],
    ['555-0134', '+1 555 0134'],
    ['212-555-0134', '555 0134'],
    ['07700 900555', '+44 7700 900555'],
  ])('%s and %s are the same line', (a, b) => {
    expect(samePhone(a, b)).toBe(true);
  });

  it.each([
    ['555-0134', '555-0143'],
    ['555-0134', '0134'],
    ['555-0134', ''],
    [null, '555-0134'],
    ['212-555-0134', '213-555-0134'],
  ])('%s and %s are not', (a, b) => {
    expect(samePhone(a, b)).toBe(false);
  });

  it('takes 7 to 15 digits only', () => {
    expect(phoneDigits('555 0134')).toBe('5550134');
    expect(phoneDigits('0134')).toBeNull();
    expect(phoneDigits('1234567890123456')).toBeNull();
  });
});
