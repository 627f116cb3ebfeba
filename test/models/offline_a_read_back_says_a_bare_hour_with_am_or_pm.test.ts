import { describe, expect, it } from 'vitest';
import { withMeridiem } from '../../src/models/offline/forms/formQuestions.ts';
import { converse } from './offlineScenario.ts';

// "can I book a men's cut on friday at 3" was read back "…, at 3, under Tom Reyes…" and booked for
// 15:00: the read-back now says the hour as the booking reads it ("at 3pm").
describe('a read-back says a bare hour with am or pm', () => {
  it('reads "at 3" back as "at 3pm" and books 15:00', async () => {
    const o = await converse(
      'salon',
      ["can I book a men's cut on friday at 3", 'Tom Reyes', '07700 900888', 'yes'],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[2].reply).toMatch(/, at 3pm, under Tom Reyes, 07700 900888\. Shall I go ahead\?$/);
    expect(o.turns[3].reply).toMatch(/at 15:00/);
  }, 180_000);

  it('adds am or pm only where the hour is bare', () => {
    expect(withMeridiem('at 3')).toBe('at 3pm');
    expect(withMeridiem('3 o clock')).toBe('3pm');
    expect(withMeridiem('at 11')).toBe('at 11am');
    expect(withMeridiem('half 2')).toBe('half 2pm');
    expect(withMeridiem('2:30')).toBe('2:30pm');
    expect(withMeridiem('12')).toBe('12pm');
    expect(withMeridiem('14:30')).toBe('14:30');
    expect(withMeridiem('3pm')).toBe('3pm');
    expect(withMeridiem('10 am')).toBe('10 am');
    expect(withMeridiem('tomorrow morning')).toBe('tomorrow morning');
  });
});
