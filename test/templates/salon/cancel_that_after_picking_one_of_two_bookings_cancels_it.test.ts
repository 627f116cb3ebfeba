import { describe, expect, it } from 'vitest';
import { converse } from '../../models/offlineScenario.ts';

// "Yes, just the toner on the 19th please, cancel that." to "There are 2 bookings under that number: …
// Which one do you mean?" (dialogue batch 27, dev): "cancel that" was read as the request given up, and
// the caller heard "nothing was changed".
describe('"cancel that" after picking one of two bookings', () => {
  it('reads back the cancellation of the one picked, and makes it on a yes', async () => {
    const o = await converse(
      'salon',
      [
        'I need to cancel one of my bookings',
        '07700 900931',
        'the cut on the 17th, cancel that one please',
        'yes',
      ],
      { tool: 'cancel_booking', result: { cancelled: true, bookingRef: 'GB-20310617-001' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[2].reply).toMatch(
      /cancel your women's cut and blow-dry on Tuesday 17 June 2031 at 10:00 \(booking GB-20310617-001\)/,
    );
  }, 180_000);
});
