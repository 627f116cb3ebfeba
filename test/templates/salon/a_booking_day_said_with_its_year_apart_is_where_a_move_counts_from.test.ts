import { describe, expect, it } from 'vitest';
import { converse } from '../../models/offlineScenario.ts';

/**
 * dev24-salon-09: "i've a cut and blow-dry booked for the fourteenth of june, twenty thirty-one, one
 * o'clock, and i need to push it back a week" was read back as a move "to 1pm on the same day": the year
 * and the time, each in a clause of their own after the booking's day, were read as new values, and the
 * week's shift had no day to count from. A year or a time said straight after the day a booking stands
 * on is that booking's; and so is what "my cut and blow-dry is booked for …" says (only "I have…",
 * "I booked…" and "my booking is…" had been read as the booking as it stands).
 */
describe('a booking day said with its year apart is where a move counts from', () => {
  it('moves the booking a week on, at its own time', async () => {
    const o = await converse(
      'salon',
      [
        'Hello, my cut and blow-dry is booked for the fourteenth of June, twenty thirty-one, one pm, could you move it back by a week?',
        'GB-20310614-002, my phone is 07700 900606',
        'yes please',
      ],
      {
        tool: 'reschedule_booking',
        result: { changed: true, bookingRef: 'GB-20310614-002', when: 'Saturday 21 June 2031 at 13:00' },
      },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).not.toMatch(/same day/);
  }, 180_000);
});
