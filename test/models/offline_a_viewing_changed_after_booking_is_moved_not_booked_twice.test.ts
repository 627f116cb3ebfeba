import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// "actually can I change it to sunday at 2pm?" right after a viewing was booked booked a second one
// (TOUR-3 and TOUR-4 both held): the real-estate template has no move of its own. The viewing the
// conversation booked of the same home is moved, and keeps its reference.
describe('a viewing changed after booking is moved, not booked twice', () => {
  it('moves TOUR-3 to Sunday at 14:00', async () => {
    const o = await converse(
      'real-estate',
      [
        "hi I'd like to book a viewing of LST-1004 on saturday at 11am",
        'Lena Ortiz',
        '555-0144',
        'actually can I change it to sunday at 2pm?',
      ],
      { tool: 'book_tour', result: { booked: true, moved: true } },
    );
    expect(o.unmet).toEqual([]);
    const tours = toolsOf(o).filter((t) => t.tool === 'book_tour');
    expect(tours).toHaveLength(2);
    const [first, second] = tours.map((t) => t.result as { tourId: string });
    expect(second.tourId).toBe(first.tourId);
    expect(o.turns[3].reply).toMatch(
      /^I've moved your viewing of 220 River Road to Sunday .* at 14:00; the reference stays TOUR-\d+\.$/,
    );
  }, 180_000);
});
