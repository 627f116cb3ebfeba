import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// "hi um i have a viewing on saturday the fourteenth and i need a later time" (dialogue batch 27, dev):
// "a later time" was no move to the offline model, the viewing desk started a new booking's form, and
// "can we make it two in the afternoon same day" booked a second viewing beside the one held (the
// booking has no read-back), never moving the first.
describe('a viewing held and a later time asked', () => {
  it('is moved on a yes, and no second viewing is booked', async () => {
    const o = await converse(
      'real-estate',
      [
        "hello, I've got a viewing of 12 Summit Drive on the 14th and I'd need an earlier slot",
        'Sofia Rossi, 555-0187',
        '9am the same day if possible',
        'yes please',
      ],
      { tool: 'reschedule_tour' },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('book_tour');
  }, 180_000);
});
