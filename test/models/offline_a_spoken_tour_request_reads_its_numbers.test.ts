import { describe, expect, it } from 'vitest';
import { findTimeOfDay } from '../../src/models/offline/forms/slotValues.ts';
import { writtenAsDigits } from '../../src/models/offline/spokenNumbers.ts';
import { converse, toolsOf } from './offlineScenario.ts';

describe('a tour asked for in speech-to-text form', () => {
  it('writes spoken numbers and spelled references as digits, and drops fillers', () => {
    expect(writtenAsDigits('five five five oh one four six')).toBe('555-0146');
    expect(writtenAsDigits("it's uh twenty one Birch Court")).toBe("it's 21 Birch Court");
    expect(writtenAsDigits('um the one at L S T ten oh three')).toBe('the one at LST-1003');
    expect(writtenAsDigits('at two thirty pm')).toBe('at 2:30 pm');
    expect(writtenAsDigits('four hundred and fifty thousand')).toBe('450000');
    // Words that only look like numbers stay words.
    expect(writtenAsDigits('the first one is fine')).toBe('the first one is fine');
    expect(writtenAsDigits('no one called me back')).toBe('no one called me back');
    expect(writtenAsDigits('oh shame, anything else?')).toBe('oh shame, anything else?');
    expect(writtenAsDigits('a one-hour slot')).toBe('a one-hour slot');
  });

  it("reads times as people say them: o'clock, half 3, after the day", () => {
    expect(findTimeOfDay("saturday, 3 o'clock afternoon")).toBe('at 3');
    expect(findTimeOfDay('half 3 is fine')).toBe('at 3:30');
    expect(findTimeOfDay('quarter to 5')).toBe('at 4:45');
    expect(findTimeOfDay('thursday morning maybe 10')).toBe('at 10');
    expect(findTimeOfDay('Saturday 5 December')).toBeUndefined();
    expect(findTimeOfDay('tomorrow maybe 3 bedrooms')).toBeUndefined();
  });

  it('books the tour from a transcript: a spelled listing number, a loose hour, a spoken phone', async () => {
    const o = await converse(
      'real-estate',
      [
        'uh hi so I was looking at L S T ten oh three online and um could I see it tuesday afternoon like three',
        'Hana Sato',
        'five five five oh one four six',
      ],
      { tool: 'book_tour', result: { booked: true, listingId: 'LST-1003' } },
    );
    expect(o.unmet).toEqual([]);
    // Before: "Which home?" three times (no LST-… in the words), and no phone read from the digits said.
    expect(toolsOf(o).at(-1)?.arguments).toMatchObject({ timeText: 'at 3', phone: '555-0146' });
  }, 120_000);
});
