import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

// A caller with two bookings picked "the toner one" to move; the read-back said "at the same time"
// (the picked booking was never looked up, so its time was unknown) and "Saturday the 21st" was read
// as August 2027, not the booking's June 2031. The picked booking is now looked up by its reference:
// the read-back names its time, and a day said alone is read in its month.
describe('a move picked from two bookings names its time', () => {
  it('reads back the toner booking with its own time, on the 21st of its month', async () => {
    const o = await converse(
      'salon',
      [
        'I need to move my appointment, my number is 07700 900931',
        'the toner one',
        'can we do Saturday the 21st',
        'yes',
      ],
      { tool: 'reschedule_booking', result: { changed: true, bookingRef: 'GB-20310619-001' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/Which day would you like instead\?/);
    expect(o.turns[2].reply).toBe(
      'Just to confirm: move your toner and gloss on Thursday 19 June 2031 at 15:00 (GB-20310619-001) to Saturday 21 June 2031, keeping its time of 15:00. Shall I go ahead?',
    );
  }, 180_000);
});
