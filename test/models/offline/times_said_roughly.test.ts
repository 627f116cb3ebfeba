import { describe, expect, it } from 'vitest';
import { findTimeOfDay } from '../../../src/models/offline/forms/slotValues.ts';

/** "around 2 if poss" to "What time would you like?" was not a time: asked three times, then a person. */
describe('a time said roughly is a time', () => {
  it('reads "around 2", "about 3", "2ish" as the hour', () => {
    expect(findTimeOfDay('around 2 if poss')).toBe('at 2');
    expect(findTimeOfDay('about 3 works for me')).toBe('at 3');
    expect(findTimeOfDay('2ish')).toBe('at 2');
    expect(findTimeOfDay('6-ish please')).toBe('at 6');
  });

  it('not a count or a span: "for 2 people", "about 2 weeks ago", "around 10 minutes late"', () => {
    expect(findTimeOfDay('for 2 people')).toBeUndefined();
    expect(findTimeOfDay('about 2 weeks ago')).toBeUndefined();
    expect(findTimeOfDay('around 10 minutes late')).toBeUndefined();
  });
});
