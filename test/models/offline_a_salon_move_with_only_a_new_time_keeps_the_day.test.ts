import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

// "can you make it 3pm instead" named a time and no day; the move required a day, so the caller was
// asked "Which day would you like instead?" (or only heard the booking read out) and nothing moved.
// A move with only a new time keeps the booking's day: the read-back says so, and "yes" moves it.
// A move with neither a day nor a time still asks the day.
describe('a salon move with only a new time keeps the day', () => {
  it('moves GB-20310613-002 to 3pm on its own day', async () => {
    const o = await converse(
      'salon',
      ["Hi, I've got booking GB-20310613-002, can you make it 3pm instead", '07700 900303', 'yes'],
      { tool: 'reschedule_booking', result: { changed: true, when: 'Friday 13 June 2031 at 15:00' } },
    );
    expect(o.unmet).toEqual([]);
    // The number the booking is under is asked first, as for any change by reference.
    expect(o.turns[1].reply).toBe(
      'Just to confirm: move booking GB-20310613-002 to 3pm on the same day. Shall I go ahead?',
    );
  }, 180_000);

  it('asks the day when the move names neither a day nor a time', async () => {
    const o = await converse(
      'salon',
      // The number the booking is under is asked before the read-back, as for any change by reference.
      ['I need to move my appointment GB-20310613-002', 'friday the 20th', '07700 900303', 'yes'],
      { tool: 'reschedule_booking', result: { changed: true, when: 'Friday 20 June 2031 at 14:00' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(/Which day would you like instead\?/);
  }, 180_000);
});
