import { describe, expect, it } from 'vitest';
import { findTimeOfDay } from '../../src/models/offline/forms/slotValues.ts';
import { converse } from './offlineScenario.ts';

/**
 * "could i get a fringe trim then? wednesday lunchtime ideally": customers give lunchtime as their time.
 * It was no time at all, so the booking asked "what time?" and the name that followed went unread.
 * Lunchtime is midday, as the salon's own clock reads it; "before lunch" and "after lunchtime" stay
 * parts of the day.
 */
describe('lunchtime is a time of day', () => {
  it('reads lunchtime as midday, not before or after it', () => {
    expect(findTimeOfDay('friday lunchtime if possible')).toBe('12:00');
    expect(findTimeOfDay('at lunch time please')).toBe('12:00');
    expect(findTimeOfDay('anytime after lunchtime')).toBeUndefined();
    expect(findTimeOfDay('before lunchtime')).toBeUndefined();
  });

  it('books a cut asked for at lunchtime with just a name and number after', async () => {
    const o = await converse(
      'salon',
      ["can i get a men's cut on friday, lunchtime ideally", 'Omar Said', '07700 900455', 'yes'],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
