import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

/**
 * "hi I need to change my appointment", asked which day instead: "it's under Priya Nair". The salon finds
 * a booking by the phone number it is under (a name is no proof), so the name could not be used, and the
 * customer heard "Sorry, I didn't catch that" and the day question again. The name is thanked and the
 * number asked for; the booking is then shown and moved.
 */
describe('a booking said to be under a name asks its phone number', () => {
  it('asks the number, shows the booking and moves it', async () => {
    const o = await converse(
      'salon',
      [
        'hi I need to change my appointment',
        "it's under Priya Nair",
        '07700 900606',
        'could I do the friday after instead, same time?',
        'yes thanks',
      ],
      { tool: 'reschedule_booking', result: { changed: true, bookingRef: 'GB-20310614-002' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toBe("Thanks. What's the phone number the booking is under?");
  }, 120_000);
});
