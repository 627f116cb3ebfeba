import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

/**
 * "could the River Road one be moved to half past twelve, same day? At present it's at ten." asks for a
 * move in the passive. The desk read it as a new booking and asked which day to view; once read as the
 * move, "at present it's at ten" (how the viewing stands) was taken as the new time and 10:00 read back.
 */
describe('a viewing asked to be moved in the passive goes to the time asked', () => {
  it('the move is read back to 12:30 on the same day and made on yes', async () => {
    const o = await converse(
      'real-estate',
      [
        "I've two viewings with you under 555-0142. Could the River Road one be moved to half past twelve, same day? At present it's at ten.",
        'yes, do that',
      ],
      { tool: 'reschedule_tour', result: { rescheduled: true } },
    );
    expect(o.unmet).toEqual([]);
    const readBack = o.turns[0].reply;
    expect(readBack).toMatch(/12:30|12\.30|half past twelve/i);
    expect(readBack).not.toMatch(/to 10/);
    expect(toolsOf(o).find((t) => t.tool === 'reschedule_tour')?.arguments).toMatchObject({
      tourId: 'TOUR-1',
    });
  }, 180_000);
});
