import { describe, expect, it } from 'vitest';
import { pickedByTime, timesSaid } from '../../src/models/offline/forms/pickByTime.ts';
import { findPersonName } from '../../src/models/offline/personNames.ts';
import { converse, toolsOf } from './offlineScenario.ts';

describe('"half one" said to a list of openings, with the name the booking is for', () => {
  it('reads "half one" as half past one, and "it\'s for me, <name>" as the name', () => {
    expect(timesSaid("half one's perfect, ta")).toEqual([90, 810]);
    expect(timesSaid('half 10 would be great')).toEqual([630, 1350]);
    // "half an hour" is no time of day.
    expect(timesSaid('in half an hour')).toEqual([]);
    const offered = [{ time: '09:00' }, { time: '13:30' }];
    expect(pickedByTime("Half one's perfect, ta.", offered)).toBe(1);
    expect(findPersonName("It's for me, Eleanor Whitby.")).toBe('Eleanor Whitby');
  });

  it('books the half past one opening of the day asked for, under the name given', async () => {
    const o = await converse(
      'after-hours',
      [
        "Evening. I'd like to book in with Dr Okafor tomorrow, after lunch if poss, half one-ish.",
        "Half one's perfect, ta. It's for me, Eleanor Whitby.",
        "My number's 555 0166.",
      ],
      { tool: 'book_slot', result: { booked: true } },
    );
    // Before: "I can find an opening in the coming week and book it…", then a look-up of a visit held.
    expect(o.unmet).toEqual([]);
    const offered = toolsOf(o).find((t) => t.tool === 'find_open_slots')?.result as {
      slots: { slotId: string }[];
    };
    expect(toolsOf(o).at(-1)?.arguments).toMatchObject({
      slotId: offered.slots[0].slotId,
      callerName: 'Eleanor Whitby',
    });
  }, 120_000);
});
