import { describe, expect, it } from 'vitest';
import { findNumber } from '../../../src/models/offline/numberSaid.ts';

// "can I change my seats order to 6 instead of 4" was read back and made as 4 (a QA chat, 2026-11-27):
// "instead" read as the turn after which the wanted number comes. The number after "instead of" or
// "rather than" is the one given up.
describe('a number given up', () => {
  it('is not the one wanted', () => {
    expect(findNumber('ACC-1010 here, can I change my seats order to 6 instead of 4', 'quantity')).toBe(6);
    expect(findNumber('we need 8 seats rather than 5', 'seats')).toBe(8);
  });

  it('leaves the turn to a new number as it was', () => {
    expect(findNumber('I ordered 4 seats but we actually need 6', 'seats')).toBe(6);
    expect(findNumber('make it 6 instead', 'seats')).toBe(6);
  });
});
