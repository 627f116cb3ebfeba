import { describe, expect, it } from 'vitest';
import { pickedIndex } from '../../src/models/offline/forms/picks.ts';
import { converse } from './offlineScenario.ts';

// QA chat probes (2026-11-27): "The 9:30 with Dr Whitfield please. Paul Grant, 555-0144" to three offered
// openings booked the first one (08:30 with Dr. Okafor): a pick by time was read only in a reply of eight
// words or fewer, and the name and number made it longer. The sentence with the time is the pick. And
// "Tuesday December 1st" is a day, not the first of the list.
describe('a pick by time beside the name and number', () => {
  it('books the slot at the time said', async () => {
    const o = await converse(
      'after-hours',
      [
        'I need an appointment tomorrow morning if possible',
        'The 9:30 with Dr Whitfield please. Paul Grant, 555-0144',
      ],
      { tool: 'book_slot', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns.at(-1)!.reply).toMatch(/at 09:30 with Dr\. Whitfield/);
  }, 120_000);

  // "Dr Whitfield's please. Paul Grant, 555-0144": no time said, but only one opening is with Dr. Whitfield
  // (it booked the first one offered, with Dr. Okafor).
  it('books the slot with the doctor named, when only one is with them', async () => {
    // "not Okafor" names Dr. Okafor too: what the reply says an item is not leaves it out.
    for (const pick of [
      "Dr Whitfield's please. Paul Grant, 555-0144",
      'not Okafor, Whitfield please. Paul Grant, 555-0144',
    ]) {
      const o = await converse('after-hours', ['I need an appointment tomorrow morning if possible', pick], {
        tool: 'book_slot',
        result: { booked: true },
      });
      expect(o.unmet).toEqual([]);
      expect(o.turns.at(-1)!.reply).toMatch(/with Dr\. Whitfield/);
    }
  }, 120_000);

  it('reads an ordinal day of the month as no pick', () => {
    expect(pickedIndex('Do you have anything on Tuesday December 1st in the morning?', 3)).toBeUndefined();
    expect(pickedIndex('what about the 2nd of June?', 3)).toBeUndefined();
    expect(pickedIndex('the first one please', 3)).toBe(0);
    expect(pickedIndex('the 2nd one', 3)).toBe(1);
  });
});
