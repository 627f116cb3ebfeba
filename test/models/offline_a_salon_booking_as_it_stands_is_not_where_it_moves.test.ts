import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * Customers say where their booking is before saying where they want it: "I have an appointment on the
 * 14th of June at 1 … can you push it back to half one?" was read back as a move to the 14th of June
 * (the next one, a Monday) at 1pm; "half one" was no time at all; the number given in reply to "What's
 * your booking reference?" only looked the booking up, and the move was forgotten. "I've got a men's
 * cut booked for Friday…" went to Booking, which asked what time to book, and "make it 11 in the
 * morning instead of 2" was then read as a new booking. What the customer says of the booking as it
 * stands is not its new day or time (forms/currentValues.ts), and a change asked of a booking another
 * agent moves goes to that agent (recordFollowUp.ts).
 */
describe('a salon booking as it stands is not where it moves', () => {
  it('"push it back to half one" moves the 1pm booking to 13:30 the same day, found by the number', async () => {
    const o = await converse(
      'salon',
      [
        "Hello, it's Priya Nair. I have an appointment on the 14th of June at 1 but I'm stuck in traffic, can you push it back to half one?",
        "it's under 07700 900606",
        'yes',
      ],
      { tool: 'reschedule_booking', result: { changed: true, when: 'Saturday 14 June 2031 at 13:30' } },
    );
    expect(o.unmet).toEqual([]);
    // The number answers the reference question: the booking is found and the move read back at once.
    expect(o.turns[1].reply).toMatch(
      /Just to confirm: move your women's cut and blow-dry on Saturday 14 June 2031 at 13:00 \(GB-20310614-002\) to 1:30pm on the same day/,
    );
  }, 180_000);

  it('"make it 11 in the morning instead of 2" after Booking found the booking moves it, books nothing', async () => {
    const o = await converse(
      'salon',
      [
        "hi I've got a men's cut booked for the 13th of June, it's under 07700 900303",
        'could you make it 11 in the morning instead of 2?',
        'yes please',
      ],
      { tool: 'reschedule_booking', result: { changed: true, when: 'Friday 13 June 2031 at 11:00' } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('book_appointment');
    // The booking is looked up, not asked about as a new one.
    expect(o.turns[0].reply).not.toMatch(/what time would you like/i);
  }, 180_000);

  it('"I\'ve got a full colour booked…" is looked up, never read back as a cancellation', async () => {
    const o = await converse(
      'salon',
      ["hello, I've got a full colour booked on the 13th of June, my mobile is 07700 900202"],
      { tool: 'get_booking', result: { found: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).not.toMatch(/cancel/i);
  }, 180_000);

  it('a booking said as it stands before a new day moves it to the new day only', async () => {
    const o = await converse(
      'salon',
      [
        'I have a booking on the 13th of June, GB-20310613-001, and I would like to move it to Tuesday the 17th',
        '07700 900202',
        'yes',
      ],
      { tool: 'reschedule_booking', result: { changed: true, when: 'Tuesday 17 June 2031 at 10:00' } },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
