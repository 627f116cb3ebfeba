import { describe, expect, it } from 'vitest';
import { converse } from '../../models/offlineScenario.ts';

// Priya Nair's cut and blow-dry, GB-20310614-002, is on Saturday 14 June 2031 at 13:00 under 07700 900606.
// A caller who says the time the booking has before the time they want ("one o'clock… push it to three
// o'clock") was moved onto one o'clock: the same slot, reported "Done: … now on … 13:00".
describe('a move said after the time the booking has goes to the new time', () => {
  it("moves one o'clock to four o'clock when the old hour is said first", async () => {
    const o = await converse(
      'salon',
      [
        'hi, booking GB-20310614-002 under 07700 900606',
        "it says one o'clock but my train gets in late, could you move it to four o'clock the same day",
        'yes go on',
      ],
      {
        tool: 'reschedule_booking',
        result: { changed: true, when: 'Saturday 14 June 2031 at 16:00' },
        never_tools: ['cancel_booking', 'book_appointment'],
      },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
