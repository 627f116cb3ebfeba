import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// "cancel the cut on the 17th" to "There are 2 bookings under that number: … Which one do you mean?":
// the pick was looked up again and again in one turn until the turn's tool ceiling handed the caller to
// a person; the cancellation asked for was never read back.
describe('a change said with the pick from a list of bookings', () => {
  it('looks the pick up once and reads the change back', async () => {
    const o = await converse(
      'salon',
      [
        "hi, something's come up with one of my bookings",
        '07700 900931',
        'cancel the cut on the 17th',
        'yes',
      ],
      { tool: 'cancel_booking', result: { cancelled: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns.flatMap((t) => t.handoffs).join(' ')).not.toMatch(/Human/);
    expect(toolsOf(o).filter((t) => t.tool === 'get_booking').length).toBeLessThanOrEqual(2);
  }, 180_000);
});
