import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * A parent picks the 9:30 opening for their son on the after-hours line, and is asked whose name the
 * appointment goes under: "his name is Tomás Herrera, born 30 May 2015". The birth date was read as the
 * day to search, so the openings were listed again for 30 May 2015 (as seen from today) and the pick was
 * lost. A date said as a birth date is a birth date, never a day to book or search.
 */
describe('a birth date is never the day searched', () => {
  it('keeps the picked opening and books it under the son', async () => {
    const o = await converse(
      'after-hours',
      [
        'can we see someone tomorrow morning? my son has a fever',
        'the 9:30 with dr whitfield',
        'his name is Tomás Herrera, born 30 May 2015',
        '555-0104',
      ],
      { tool: 'book_slot', result: { booked: true, slotId: 'SL-415' } },
    );
    expect(o.unmet).toEqual([]);
    const dates = toolsOf(o).map((c) => (c.arguments as { date?: string }).date);
    expect(dates).not.toContain('2015-05-30');
    expect(o.turns[2].reply).not.toMatch(/next morning openings/i);
  }, 180_000);
});
