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

  // The name first, then the number to "Which opening would you like?": the number chose nothing, and the
  // first opening, kept in the state, was booked (forms/offerDefault.ts: the offer was no longer our last reply).
  it('books nothing when the name and then the number come to "which opening", then the one picked', async () => {
    const o = await converse(
      'after-hours',
      ['could I get in with Dr Whitfield sometime this week', 'Sam Lee', '555-0100', 'the last one'],
      { tool: 'book_slot', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    const listed = openingsListed(o);
    expect(o.turns[2].tools.map((t) => t.tool)).not.toContain('book_slot');
    expect(o.turns[2].reply).toMatch(/which opening/i);
    const booked = toolsOf(o).filter((t) => t.tool === 'book_slot');
    expect(booked).toHaveLength(1);
    expect(booked[0].arguments).toMatchObject({ slotId: listed[2].slotId, callerName: 'Sam Lee' });
  }, 180_000);

  // The hours asked aside between the openings and "friday at 8:30 with okafor then": the desk fell back,
  // and the name and number after it booked the Monday first offered. The day asked after the aside
  // searches again (refinedLookUp.ts), and the opening booked is on it.
  it('searches again for the day said after an aside, and books that day', async () => {
    const o = await converse(
      'after-hours',
      [
        'anything with dr okafor this week?',
        'sorry, before I pick, what time do you close?',
        'friday at 8:30 with okafor then',
        'Sam Lee 555-0100',
      ],
      { tool: 'book_slot', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/^The clinic is open every day/);
    expect(o.turns[2].tools.map((t) => t.tool)).toEqual(['find_open_slots']);
    const friday = openingsListed(o, 2)[0];
    expect(o.turns[2].reply).toMatch(/^The next openings are Friday/);
    const booked = toolsOf(o).filter((t) => t.tool === 'book_slot');
    expect(booked.map((b) => b.arguments)).toEqual([expect.objectContaining({ slotId: friday.slotId })]);
    expect(friday.time).toBe('08:30');
  }, 180_000);
});
