import { describe, expect, it } from 'vitest';
import { findEnumValue } from '../../src/models/offline/entityExtractors.ts';
import { partsOfDayWanted } from '../../src/models/offline/partOfDayWanted.ts';

/**
 * The part of the day a caller wants (an enum of morning, afternoon, evening) is read from what they ask
 * for, not from when a symptom began ("vomiting since this afternoon"), and a bound names one ("after
 * 5" is the evening, "before noon" the morning).
 */
const PARTS = ['morning', 'afternoon', 'evening'];
const wanted = (text: string) => findEnumValue(partsOfDayWanted(text), PARTS);

describe('offline model: a part of the day wanted is not when a symptom began', () => {
  it.each([
    ["he's been vomiting since this afternoon", undefined],
    ['she has had a fever all evening', undefined],
    ['it started this morning', undefined],
    ['can I get in tomorrow afternoon?', 'afternoon'],
    ['anything thursday morning?', 'morning'],
    ['is there anything after 5 tomorrow?', 'evening'],
    ['after 6pm please', 'evening'],
    ['before noon if possible', 'morning'],
    ['anything after lunch on friday', 'afternoon'],
    ['anything after 5am', undefined],
  ])('"%s" → %s', (text, part) => {
    expect(wanted(text)).toBe(part);
  });
});
