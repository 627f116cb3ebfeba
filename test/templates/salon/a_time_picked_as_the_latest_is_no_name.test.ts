import { describe, expect, it } from 'vitest';
import { converse } from '../../models/offlineScenario.ts';

// "whatever's latest" to the free times picked the last one and was also taken for the customer's name:
// the booking was read back "under Whatever'S Latest", and the real name said next was not heard. A word
// with "'s" on it, or a word that picks a time by how it is ("latest", "whichever"), is no name.
describe('a time picked as the latest is no name', () => {
  it('books the last time under the name said after it', async () => {
    const o = await converse(
      'salon',
      [
        'hiya have you got anything thursday evening for a fringe trim',
        "whichever's latest",
        'Tomasz Nowak',
        '07700 900321',
        'yes',
      ],
      {
        tool: 'book_appointment',
        result: { booked: true },
      },
    );
    expect(o.unmet).toEqual([]);
    const booked = o.turns.flatMap((t) => t.tools).find((t) => t.tool === 'book_appointment');
    expect(booked?.arguments).toMatchObject({ customerName: 'Tomasz Nowak', phone: '07700 900321' });
  }, 180_000);
});
