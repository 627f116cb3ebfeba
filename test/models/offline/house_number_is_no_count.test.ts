import { describe, expect, it } from 'vitest';
import { findNumber } from '../../../src/models/offline/numberSaid.ts';

// "we're selling our 3 bed in Maplewood" then "12 Oak Lane": the seller's listing was drafted with 12
// bedrooms, read from the house number. The number of a street address counts nothing.
describe('a street address’s number', () => {
  it('is not a count', () => {
    expect(findNumber('12 Oak Lane', 'bedrooms')).toBeUndefined();
    expect(findNumber("it's 220 river rd", 'bedrooms')).toBeUndefined();
    expect(findNumber('14 Elm Street, a 3 bed semi', 'bedrooms')).toBe(3);
  });

  it('leaves other numbers alone', () => {
    expect(findNumber('looking for a 2 bed', 'bedrooms')).toBe(2);
    expect(findNumber('we need 12 seats', 'seats')).toBe(12);
  });
});

// "My late husband and I lived in our home for forty years…" to the listing form drafted 40 bedrooms.
describe('a length of time', () => {
  it('is no count of a thing', () => {
    expect(findNumber('we lived in our home for 40 years, time to sell', 'bedrooms')).toBeUndefined();
    expect(findNumber('been here 12 yrs, it has 4 bedrooms', 'bedrooms')).toBe(4);
    expect(findNumber('we need 6 seats for 3 months', 'seats')).toBe(6);
  });

  it('is the value of a property that is itself a time', () => {
    expect(findNumber('spread it over 6 months', 'months')).toBe(6);
  });
});
