import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// "Sorry, I got that wrong — not Friday, I meant Saturday 21 June" to a move's read-back read back "Friday
// 21 June 2030" (the year in which the 21st is a Friday) and the yes moved the booking there; "tuesday no
// sorry wednesday morning" is Wednesday. A weekday taken back is no day said.
describe('a day taken back is no day said', () => {
  it('moves the booking to Saturday 21 June 2031, as corrected', async () => {
    const o = await converse(
      'salon',
      [
        "Hi, it's Tomás Herrera. I'd like to move my keratin smoothing, booking GB-20310614-001, phone 07700 900505, to Friday 20 June at 10am.",
        'Sorry, I got that wrong — not Friday, I meant Saturday 21 June, still at 10am with Jonas.',
        "Yes, that's right, go ahead.",
      ],
      { tool: 'reschedule_booking', result: { rescheduled: true, when: 'Saturday 21 June 2031 at 10:00' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/Saturday 21 June 2031/);
  }, 180_000);

  it('lists the openings of the day said after "no sorry"', async () => {
    const o = await converse(
      'after-hours',
      ['can I book an appointment for tuesday no sorry wednesday morning'],
      {
        tool: 'find_open_slots',
      },
    );
    expect(o.unmet).toEqual([]);
    const listed = toolsOf(o).find((t) => t.tool === 'find_open_slots')?.result as {
      slots: { date: string }[];
    };
    expect(listed.slots.map((s) => new Date(`${s.date}T00:00:00Z`).getUTCDay())).toEqual([3, 3, 3]);
  }, 180_000);
});
