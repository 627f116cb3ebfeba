import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

// "can I move my booking to saturday" asked "What time would suit you?" of a customer who had said only
// the day, and took no "same time". The move's time is optional now: with none said the booking keeps
// its own time when it is free that day. Since the eleventh pass the booking is looked up first and the
// read-back names that time ("keeping its time of 10:00"; it said "at the same time").
describe('a booking moved to another day keeps its time', () => {
  it('reads back the booking\'s own time and moves the booking at it on "yes"', async () => {
    const o = await converse(
      'salon',
      ['can I move my booking GB-20310613-001 to saturday', '07700 900202', 'yes'],
      { tool: 'reschedule_booking', result: { rescheduled: true } },
    );
    expect(o.turns[0].tools.map((t) => t.tool)).toEqual(['get_booking']);
    // The phone number it is under is asked first (the move needs it), then one read-back names the booking.
    expect(o.turns[0].reply).toMatch(/phone number/);
    expect(o.turns[1].reply).toMatch(
      /Just to confirm: move your full colour on Friday 13 June 2031 at 10:00 \(GB-20310613-001\) to Saturday [^,]+, keeping its time of 10:00\. Shall I go ahead\?$/,
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[2].reply).toMatch(/now on Saturday \d+ \w+ \d{4} at 10:00/);
  }, 180_000);

  it('a time said at the read-back moves it to that time', async () => {
    const o = await converse(
      'salon',
      ['can I move my booking GB-20310613-001 to saturday', '07700 900202', 'actually 2pm', 'yes'],
      { tool: 'reschedule_booking', result: { rescheduled: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[3].reply).toMatch(/at 14:00/);
  }, 180_000);
});
