import { describe, expect, it } from 'vitest';
import { converse, openingsListed, toolsOf } from '../../models/offlineScenario.ts';

// Openings listed with "Which one would you like?" keep the first in the state, so that "book it" books
// it. A caller who answered with a name and a number only (dialogue batch 25: a storyteller offered
// openings she never asked for) was booked into the first opening, unchosen and unread. Details beside
// the list choose nothing: which one is asked, and the pick then books with the details kept.
describe('a name and a number given to a list of openings', () => {
  it('books nothing until an opening is picked, then books the one picked', async () => {
    const o = await converse(
      'after-hours',
      ['could I get in with Dr Patel sometime this week', 'Sam Lee 555-0100', 'the second one'],
      {
        tool: 'book_slot',
        result: { booked: true },
      },
    );
    expect(o.unmet).toEqual([]);
    const listed = openingsListed(o);
    expect(o.turns[1].tools.map((t) => t.tool)).not.toContain('book_slot');
    expect(o.turns[1].reply).toMatch(/which opening/i);
    const booked = toolsOf(o).filter((t) => t.tool === 'book_slot');
    expect(booked).toHaveLength(1);
    expect(booked[0].arguments).toMatchObject({ slotId: listed[1].slotId, callerName: 'Sam Lee' });
  }, 180_000);
});
