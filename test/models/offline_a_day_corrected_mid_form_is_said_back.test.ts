import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

/**
 * "no, Thursday" while the salon asked for the phone number changed the booking's day, but the customer
 * heard only "Thanks. And a mobile number…", as if nothing had been said about the day. A corrected day
 * is said back as the day it is ("Thanks, I've changed that to Thursday 3 December 2026."), as a corrected
 * time already was ("oops make that 5pm").
 */
describe('a day corrected mid-form is said back', () => {
  it('"no, Thursday" is said back with its date, and the booking is made on the Thursday', async () => {
    const o = await converse(
      'salon',
      [
        'hiya want to book a womens cut n blow dry on wed at 2',
        'Jess Marlow',
        'no, Thursday',
        '07700 900412',
        'yes',
      ],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[2].reply).toMatch(
      /^Thanks, I've changed that to Thursday \d{1,2} \w+ \d{4}\. And a mobile number/,
    );
    expect(o.turns[4].reply).toMatch(/on Thursday /);
  }, 180_000);
});
