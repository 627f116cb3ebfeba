import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

// A QA chat probe (2026-11-27): Dr Patel's next openings listed (Sunday first), then "friday?" got the
// scheduler's fallback, and "the 11am. Raj Mehta 555-0188" booked Sunday. A day said right after a
// look-up's answer asks the same look-up for that day.
describe('a day asked after openings refines them', () => {
  it('lists Dr Patel’s Friday openings and books the Friday 11:00', async () => {
    const o = await converse(
      'after-hours',
      ["when's dr patel's next opening", 'and friday?', 'the 11am please. Raj Mehta 555-0188'],
      { tool: 'book_slot', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].tools[0]).toMatchObject({ tool: 'find_open_slots', arguments: { provider: 'Patel' } });
    expect(o.turns[2].reply).toMatch(
      /Friday, December \d+ at 11:00 with Dr\. Patel|Friday, \w+ \d+ at 11:00/,
    );
  }, 180_000);
});
