import { describe, expect, it } from 'vitest';
import { offeredTime } from '../../../src/models/offline/forms/offeredTime.ts';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

/**
 * The booking desk lists a stylist's free times ("On Friday …: Aisha at 09:00, 09:30 … or 11:30. What
 * time would you like?"). "the earliest please", "the last one" and "what's the soonest she can do" got
 * "Sorry, I didn't catch that": the offer holds times, not references, and nothing read a pick from it.
 * Once picked, the time holds while the name and number are asked (it was asked again after them).
 */
describe('the earliest of the free times listed is booked', () => {
  const free = {
    free: [
      { stylist: 'Priya', times: ['10:00', '14:00'] },
      { stylist: 'Aisha', times: ['09:30', '16:00'] },
    ],
  };

  it('reads a pick from times listed by stylist', () => {
    expect(offeredTime(free, 'the earliest please')).toBe('09:30');
    expect(offeredTime(free, 'the second one')).toBe('14:00');
    expect(offeredTime(free, 'the last one')).toBe('16:00');
    expect(offeredTime(free, 'Laura Brennan')).toBeUndefined();
  });

  it.each([
    ['the soonest one please', '09:00'],
    ['the last one', '11:30'],
    ["what's the soonest she can do", '09:00'],
  ])(
    '"%s" to the times listed books %s',
    async (pick, time) => {
      const o = await converse(
        'salon',
        [
          'I want a full colour with Aisha, my hair is medium length',
          'which times has she got on friday?',
          pick,
          'Rosa Quinn, 07700 900612',
          'yes',
        ],
        { tool: 'book_appointment', result: { booked: true, stylist: 'Aisha' } },
      );
      expect(o.unmet).toEqual([]);
      expect(toolsOf(o).find((t) => t.tool === 'book_appointment')?.arguments).toMatchObject({
        timeText: time,
      });
    },
    180_000,
  );
});
