import { describe, expect, it } from 'vitest';
import { findMoney } from '../../../src/models/offline/amounts.ts';
import { findEmail, findPhone } from '../../../src/models/offline/contactDetails.ts';
import {
  findBoolean,
  findDate,
  findEnumValue,
  findPersonName,
  findReference,
} from '../../../src/models/offline/entityExtractors.ts';
import { findNumber } from '../../../src/models/offline/numberSaid.ts';

// Wednesday 5 March 2025, 10:00 UTC.
const NOW = new Date('2025-03-05T10:00:00Z');

describe('entity finders', () => {
  it('resolves dates against the given clock', () => {
    expect(findDate('on 2025-04-01 please', NOW)).toBe('2025-04-01');
    expect(findDate('today works', NOW)).toBe('2025-03-05');
    expect(findDate('tomorrow afternoon', NOW)).toBe('2025-03-06');
    expect(findDate('the day after tomorrow', NOW)).toBe('2025-03-07');
    expect(findDate('next Monday', NOW)).toBe('2025-03-10');
    expect(findDate('on wednesday', NOW)).toBe('2025-03-12'); // never today
    expect(findDate('in 3 days', NOW)).toBe('2025-03-08');
    expect(findDate('in two weeks', NOW)).toBe('2025-03-19');
    expect(findDate('March 20th', NOW)).toBe('2025-03-20');
    expect(findDate('the 2nd of February', NOW)).toBe('2026-02-02'); // already past this year
    expect(findDate('whenever suits you', NOW)).toBeUndefined();
  });

  it('reads abbreviated months and numeric dates with a year, only when they read one way', () => {
    expect(findDate('dob 14 sept 1952', NOW)).toBe('1952-09-14');
    expect(findDate('sep 14, 1952', NOW)).toBe('1952-09-14');
    expect(findDate('14 Jun. 1987', NOW)).toBe('1987-06-14');
    expect(findDate('19/06/1987', NOW)).toBe('1987-06-19');
    expect(findDate('6-19-1987', NOW)).toBe('1987-06-19');
    // Day and month could be swapped: left unread, so the question is asked again.
    expect(findDate('03/04/1984', NOW)).toBeUndefined();
    expect(findDate('I may come at 5', NOW)).toBeUndefined();
  });

  it('reads a date-shaped reference (a birth date) from a date in words, only with its year', () => {
    const pattern = /\d{4}-\d{2}-\d{2}/;
    expect(findReference('Marcus Bell 4 July 1990', { pattern })).toBe('1990-07-04');
    expect(findReference('june 19 1987', { pattern })).toBe('1987-06-19');
    expect(findReference('next week', { pattern })).toBeUndefined();
    expect(findReference('born in 1990', { pattern })).toBeUndefined();
  });

  it('finds money amounts written several ways', () => {
    expect(findMoney('refund $120 please')).toBe(120);
    expect(findMoney('it was 45.50 dollars')).toBe(45.5);
    expect(findMoney('about USD 1,200')).toBe(1200);
    expect(findMoney('invoice INV-1042')).toBeUndefined();
  });

  it('finds references by schema example prefix or property stem', () => {
    const text = 'account ACC-2001, about invoice inv-1042';
    expect(findReference(text, { prefix: 'INV' })).toBe('INV-1042');
    expect(findReference(text, { stem: 'account' })).toBe('ACC-2001');
    expect(findReference(text, { stem: 'invoice' })).toBe('INV-1042');
    expect(findReference(text, { stem: 'booking' })).toBeUndefined();
    expect(findReference('call CALL-77 dropped', { pattern: /CALL-\d+/ })).toBe('CALL-77');
  });

  it('finds emails and phone numbers, not dates', () => {
    expect(findEmail('mail me at dana.ruiz+work@example.co.uk thanks')).toBe('dana.ruiz+work@example.co.uk');
    expect(findPhone('call me on +1 (415) 555-0134')).toBe('+1 (415) 555-0134');
    expect(findPhone('due 2025-03-01')).toBeUndefined();
  });

  it('finds person names only where the customer gives them', () => {
    expect(findPersonName('hi, my name is dana ruiz and I need help')).toBe('Dana Ruiz');
    expect(findPersonName('This is Dana from Acme')).toBe('Dana');
    expect(findPersonName("I'm Sam Lee")).toBe('Sam Lee');
    expect(findPersonName("I'm locked out of my account")).toBeUndefined();
    expect(findPersonName("It's Monday already")).toBeUndefined();
    expect(findPersonName('call me Dana, please')).toBe('Dana');
    expect(findPersonName("I'd like someone from the billing office to call me back")).toBeUndefined();
    expect(findPersonName('can you call me tomorrow')).toBeUndefined();
  });

  it('picks enum values, preferring the one after "to"', () => {
    expect(findEnumValue('the Pro plan', ['basic', 'pro', 'enterprise'])).toBe('pro');
    expect(findEnumValue('upgrade from basic to enterprise', ['basic', 'pro', 'enterprise'])).toBe(
      'enterprise',
    );
    expect(findEnumValue('premium please', ['basic', 'pro'])).toBeUndefined();
  });

  it('finds standalone numbers, preferring the one before the unit', () => {
    expect(findNumber('invoice INV-1042 for 12 seats', 'seats')).toBe(12);
    expect(findNumber('3 of us, maybe fifty seats', 'seats')).toBe(50);
    expect(findNumber('$120 on 2025-03-01')).toBeUndefined();
    expect(findBoolean('yes please')).toBe(true);
    expect(findBoolean('no, do not')).toBe(false);
  });
});
