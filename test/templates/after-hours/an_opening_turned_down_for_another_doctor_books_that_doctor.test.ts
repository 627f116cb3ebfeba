import { describe, expect, it } from 'vitest';
import { converse, openingsListed, toolsOf } from '../../models/offlineScenario.ts';

// "hmm 1:30 with Dr Okafor is in school time. is there anything Thursday morning with Dr Whitfield
// instead?" (dialogue batch 26) to afternoon openings with Dr. Okafor: the 1:30 turned down was read as
// a pick, Okafor as the doctor wanted and "instead" as a move of a booking; the line then booked
// Okafor's 08:30, a time never offered, when the caller said "9:30".
describe('an opening turned down, with another doctor asked for instead', () => {
  it('lists that doctor’s openings and books the one the caller then picks', async () => {
    const o = await converse(
      'after-hours',
      [
        'could I get an afternoon appointment for my son tomorrow',
        '1:30 with Dr Okafor clashes with his football. does Dr Whitfield have anything friday morning instead?',
        'the 9:30 friday please, it is for Leo Brandt, my number is 555-0163',
      ],
      { tool: 'book_slot', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    const offered = openingsListed(o, 1);
    expect(offered.every((s) => (s as { provider?: string }).provider === 'Whitfield')).toBe(true);
    const booked = toolsOf(o).filter((t) => t.tool === 'book_slot');
    expect(booked).toHaveLength(1);
    expect(booked[0].arguments).toMatchObject({ slotId: offered[0].slotId, callerName: 'Leo Brandt' });
  }, 180_000);

  // Said to openings that are all at 08:30, "the 9:30 friday please" booked Friday's 08:30.
  it('books no opening at a time none of them has, and says so', async () => {
    const o = await converse(
      'after-hours',
      [
        'could I get an afternoon appointment for my son tomorrow',
        'does Dr Okafor have anything friday morning?',
        'the 9:30 friday please, it is for Leo Brandt, my number is 555-0163',
      ],
      { reply: "don't see 9:30", never_tools: ['book_slot'] },
    );
    expect(o.unmet).toEqual([]);
    expect(openingsListed(o, 1).every((s) => s.time !== '09:30')).toBe(true);
  }, 180_000);
});
