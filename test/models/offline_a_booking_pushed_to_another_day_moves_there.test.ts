import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

// Right after booking: "oh wait, Tuesday is no good after all. can you push it to Wednesday, same time?"
// got Booking's fallback ("push" named no move) and, once passed on, the move read back Tuesday, the
// first weekday said. "push" is a move now, and of two weekdays the one it goes "to" is the day. The
// booking's read-back said "me a women's cut" for "Book me a women's cut…".
describe('a booking pushed to another day moves there', () => {
  it('books, then moves the booking to Wednesday at the same time', async () => {
    const o = await converse(
      'salon',
      [
        "Book me a women's cut on Tuesday at 11 please, Grace Holloway, 07700 900287",
        'yes',
        'oh wait, Tuesday is no good after all. can you push it to Wednesday, same time?',
        'yes',
      ],
      { tool: 'reschedule_booking', result: { rescheduled: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(/^Just to confirm: women's cut on Tuesday/);
    expect(o.turns[2].reply).toMatch(/^Just to confirm: move booking GB-\d{8}-\d{3} to Wednesday/);
    expect(o.turns[3].reply).toMatch(/now on Wednesday \d+ \w+ \d{4} at 11:00/);
  }, 180_000);
});
