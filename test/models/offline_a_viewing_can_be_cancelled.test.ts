import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

// "actually I need to cancel that viewing" right after booking ran the booking again ("I've moved
// your viewing … to the same time"): no tool cancelled a viewing. TourBooker now cancels one (the
// conversation's own, its TOUR- reference, or the one booked under a number), after a read-back.
describe('a viewing can be cancelled', () => {
  it('cancels the viewing just booked after a read-back', async () => {
    const o = await converse(
      'real-estate',
      [
        'book a viewing of LST-1004 on Saturday at 11',
        'Ann Lee',
        '555-0111',
        'actually I need to cancel that viewing',
        'yes',
      ],
      { tool: 'cancel_tour', result: { cancelled: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[3].reply).toMatch(/^Just to confirm: cancel viewing TOUR-\d+\. Shall I go ahead\?$/);
    expect(o.turns[4].reply).toMatch(/^I've cancelled your viewing of 220 River Road/);
    expect(o.turns.flatMap((t) => t.tools).filter((t) => t.tool === 'book_tour')).toHaveLength(1);
  }, 180_000);
});
