import { describe, expect, it } from 'vitest';
import { forbidsAction } from '../../../src/models/offline/toolActions.ts';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// "the toner one on the 19th. i was going to move it but actually just cancel it" (dialogue batch 26,
// dev) was asked "Which day would you like instead?": the move thought of and given up had been read as
// the change asked for.
describe('a move thought of and given up for a cancellation', () => {
  it('is no move asked for', () => {
    expect(
      forbidsAction('we were going to reschedule but now we just want to cancel', 'reschedule_booking'),
    ).toBe(true);
    expect(forbidsAction("i was gonna move it but let's just cancel", 'reschedule_booking')).toBe(true);
    // Said plainly, the move is asked for.
    expect(forbidsAction('i was hoping to move it to friday', 'reschedule_booking')).toBe(false);
    expect(forbidsAction('can you move it please', 'reschedule_booking')).toBe(false);
  });

  it('reads the cancellation back and cancels on a yes', async () => {
    const o = await converse(
      'salon',
      [
        "hi, something's come up with one of my bookings",
        '07700 900931',
        'the cut on the 17th. we were going to reschedule but now we just want to cancel',
        'yes',
      ],
      { tool: 'cancel_booking', result: { cancelled: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).some((t) => t.tool === 'reschedule_booking')).toBe(false);
  }, 180_000);
});
