import { describe, expect, it } from 'vitest';
import { ThingDomain } from '../../src/routing/foreignThings.ts';

const HAIR_SALON = [
  'Booking takes new appointments for a cut, a blow-dry or a treatment with one of our stylists',
  'can I book a haircut for Saturday',
  'CustomerService moves or cancels a booking and takes complaints',
];

describe('a request put as "can I …" is read for its object like a bare request', () => {
  const domain = new ThingDomain(HAIR_SALON);

  it('finds the other business’s thing after a modal and its subject', () => {
    expect(domain.foreignThingsOf('book a table for two')).toEqual(['table']);
    // "can I" had been read as a statement about the customer ("I run a bridal shop"), leaving no object.
    expect(domain.foreignThingsOf('can I book a table for 4 at 8 tonight')).toEqual(['table']);
    expect(domain.foreignThingsOf('could we order a pizza')).toEqual(['pizza']);
  });

  it('still reads a statement about the customer as no request, and the salon’s own things as its own', () => {
    expect(domain.foreignThingsOf('I run a bakery and need a cut before the wedding')).toEqual([]);
    expect(domain.foreignThingsOf('can I book a haircut on friday')).toEqual([]);
  });
});
