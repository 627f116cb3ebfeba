import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

/**
 * An integrity fault (dev24-after-hours-05): after three openings were listed, "could I just book him in
 * with Dr. Whitfield tomorrow morning to be safe?", then the name and number, booked the first opening
 * listed, Dr. Okafor's. A pick was read from a short reply ("Dr Whitfield's please") or by its time, not
 * from a request that asks for the booking itself; the listing's first opening stood in for it.
 */
describe('a doctor named in a booking request picks that doctor’s opening', () => {
  it('books the opening with the doctor named, not the first one listed', async () => {
    const o = await converse(
      'after-hours',
      [
        'what openings do you have this week?',
        'great, could you book my daughter in with Dr. Patel, she has had a cough for a week',
        'Mia Santos, 555-0177',
      ],
      { tool: 'book_slot', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    const booked = toolsOf(o).find((t) => t.tool === 'book_slot');
    expect(booked?.result).toMatchObject({ booked: true });
    expect(JSON.stringify(booked?.result)).toMatch(/Dr\. Patel/);
  }, 180_000);
});
