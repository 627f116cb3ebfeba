import { describe, expect, it } from 'vitest';
import {
  findCompanyName,
  findPersonName,
  findReference,
} from '../../../src/models/offline/entityExtractors.ts';

describe('details listed with commas, a full name first', () => {
  it('reads the first item as the name and another capitalised item as the company', () => {
    const said = 'Owen Price, Price Plumbing, owen@priceplumbing.example';
    expect(findPersonName(said)).toBe('Owen Price');
    expect(findCompanyName(said)).toBe('Price Plumbing');
  });

  it('names no company without an email, and no day as a company', () => {
    expect(findPersonName('Jo Park, 555 0123')).toBe('Jo Park');
    expect(findCompanyName('Jo Park, Leeds, 555 0123')).toBeUndefined();
    expect(findCompanyName('Ana Lima, Tuesday, ana@limaco.example')).toBeUndefined();
  });

  it('reads a birth date from the part of the message with its year, not "next week"', () => {
    const said = 'Hi, this is Marcus Bell, born July 4 1990, I need to see Dr. Okafor next week';
    expect(findReference(said, { pattern: /\d{4}-\d{2}-\d{2}/ })).toBe('1990-07-04');
  });
});
