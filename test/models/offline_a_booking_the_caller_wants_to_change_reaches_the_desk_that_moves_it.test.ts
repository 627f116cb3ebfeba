import { describe, expect, it } from 'vitest';
import { changesItsObject } from '../../src/models/offline/toolMatcher.ts';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * dev17-salon-06: "hi its Tomás Herrera, I have a keratin booking GB-20310614-001 and I need to change
 * it" went to the booking desk (the greeting and "keratin" are its words), which looked the booking up
 * and, when the caller picked a new time, made a second booking: the old one stayed. "change" said of
 * the thing a reschedule changes (a booking) asks for that reschedule, so the desk that moves bookings
 * takes it, as "reschedule" already did.
 */
describe('a booking the caller wants to change reaches the desk that moves it', () => {
  it('reads "change" as a reschedule only when said of its object', () => {
    expect(changesItsObject(['need', 'to', 'change', 'my', 'booking'], 'reschedule_booking')).toBe(true);
    expect(changesItsObject(['change', 'my', 'plan'], 'reschedule_booking')).toBe(false);
    expect(changesItsObject(['change', 'my', 'booking'], 'cancel_booking')).toBe(false);
  });

  it('the booking is moved, and no second one made', async () => {
    const o = await converse(
      'salon',
      [
        'hi its Tomás Herrera, I have a keratin booking GB-20310614-001 and I need to change it. my number is 07700 900505',
        'wednesday the 18th',
        '10am',
        'yes',
      ],
      { tool: 'reschedule_booking', result: { changed: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).filter((t) => t.tool === 'book_appointment')).toHaveLength(0);
  }, 120_000);
});
