import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * "do you have anything saturday for a root touch up?" lists the day's first free times (mornings), and
 * the customer answers "afternoon please". The listing had just been made, so it was not made again, and
 * "afternoon" is no clock time: "Sorry, I didn't catch that". The afternoon's times are listed; the part
 * already listed is not listed again.
 */
describe('a part of the day said after the day’s times lists that part', () => {
  it('lists the afternoon, and books a time from it', async () => {
    const o = await converse(
      'salon',
      [
        'do you have anything saturday for a root touch up?',
        'afternoon please',
        '2pm',
        'Leah Brooks',
        '07700 900777',
        'yes please',
      ],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).not.toMatch(/didn't catch/);
    const listed = o.turns[1].tools.find((t) => t.tool === 'check_availability');
    expect(listed?.arguments).toMatchObject({ partOfDay: 'afternoon' });
    expect(toolsOf(o).at(-1)?.arguments).toMatchObject({ timeText: '2pm' });
  }, 120_000);
});
