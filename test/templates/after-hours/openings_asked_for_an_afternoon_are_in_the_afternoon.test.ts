import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

/**
 * dev11-after-hours-04: "can i get in tomorrow afternoon?" was offered 08:30, 09:30 and 11:00, and "1:30
 * is fine" then matched no opening (the Scheduler's fallback, twice). `find_open_slots` takes the part
 * of the day said, so the afternoon's openings are offered and the one picked by its time is booked.
 */
describe('openings asked for an afternoon are in the afternoon', () => {
  it('offers only afternoon openings, then books the one picked by time', async () => {
    const o = await converse(
      'after-hours',
      ['can i get in tomorrow afternoon?', '1:30 is fine', 'Leo Martins'],
      {
        tool: 'book_slot',
        result: { booked: true },
      },
    );
    expect(o.unmet).toEqual([]);
    const offered = toolsOf(o).find((t) => t.tool === 'find_open_slots');
    expect(offered?.arguments).toMatchObject({ partOfDay: 'afternoon' });
    expect(o.turns[0].reply).not.toMatch(/at (0?8|9|10|11):\d\d/);
  }, 120_000);
});
