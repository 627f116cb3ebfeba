import { describe, expect, it } from 'vitest';
import { fillArguments } from '../../src/models/offline/argumentExtraction.ts';
import { findDate } from '../../src/models/offline/entityExtractors.ts';

// "the twelfth", "on the 3rd", "next Friday the 12th" were no dates: a move to "the twelfth" asked
// again which day. A day said alone is the next such day, or in the month of the booking in hand.
describe('a day of the month said alone is a date', () => {
  const monday = new Date('2026-11-30T09:00:00Z');

  it('reads ordinals in words and digits as the next such day', () => {
    expect(findDate('the twelfth please', monday)).toBe('2026-12-12');
    expect(findDate('can I come in on the 3rd', monday)).toBe('2026-12-03');
    expect(findDate('the twenty-first at 2pm', monday)).toBe('2026-12-21');
    expect(findDate('the 12th of June', monday)).toBe('2027-06-12');
  });

  it('keeps the weekday said with it', () => {
    expect(findDate('next Friday the 12th', monday)).toBe('2027-02-12');
    expect(findDate('Friday 12th at 10', monday)).toBe('2027-02-12');
  });

  it('reads the day in the month of the booking the state holds', () => {
    const schema = {
      type: 'object',
      properties: { date: { type: 'string', description: 'New day as YYYY-MM-DD' } },
    };
    const fill = fillArguments(schema, {
      state: { bookingDay: '2031-06-13' },
      messages: ['Would the Thursday before, the twelfth, at eleven be possible?'],
      now: monday,
    });
    expect(fill.args.date).toBe('2031-06-12');
  });

  it('leaves picks alone', () => {
    for (const pick of ['the second one', 'the first one is fine', 'the second', 'the third option'])
      expect(findDate(pick, monday)).toBeUndefined();
  });
});
