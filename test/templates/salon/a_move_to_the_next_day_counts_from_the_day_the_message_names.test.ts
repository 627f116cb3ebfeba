import { describe, expect, it } from 'vitest';
import { findDate } from '../../../src/models/offline/entityExtractors.ts';
import { dayAsItStands } from '../../../src/models/offline/forms/currentValues.ts';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

/**
 * "I booked a full colour for Friday 13th June 2031 … could we move it to the next day, Saturday 14th?":
 * the clause naming the booking's day is left out when the new day is read (a move's new values are
 * never the booking's own), and with it the day "the next day" counts from; "Saturday 14th" became
 * the next Saturday the 14th, in August 2027 (dev23). The day that clause names is the day in hand
 * when no booking has been looked up, and "to Saturday 14th" is read in the month of the date said
 * before it when that date has its year.
 */
describe('a move to the next day counts from the day the message names', () => {
  it('reads "to the next day, Saturday 14th" after a named date with its year', () => {
    const now = new Date('2026-11-30T10:00:00Z');
    expect(
      findDate('I booked Friday 13th June 2031 but could it go to the next day, Saturday 14th', now),
    ).toBe('2031-06-14');
    expect(findDate('move it to saturday 14th', now)).toBe('2027-08-14');
  });

  it('moves the booking to the day after the one the customer said it is on', async () => {
    const o = await converse(
      'salon',
      [
        'Hi there, I booked a full colour with Priya for Friday 13th June 2031 at 10am, ref GB-20310613-001, phone 07700 900202. Something came up that morning, could we move it to the next day, Saturday the 14th, at 10am?',
        'yes that works',
      ],
      {
        tool: 'reschedule_booking',
        result: { rescheduled: true, bookingRef: 'GB-20310613-001', when: 'Saturday 14 June 2031 at 10:00' },
      },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('cancel_booking');
  }, 180_000);
});

describe('the day a message says its booking is on', () => {
  const now = new Date('2026-11-30T10:00:00Z');
  it('is the date of the clause that says how the booking stands, when upcoming', () => {
    expect(
      dayAsItStands('I booked a cut for Friday 13th June 2031 at 10am. Could it go a day later?', now),
    ).toBe('2031-06-13');
    expect(
      dayAsItStands('my appointment was on 3 March 2025, can I get a copy of the receipt', now),
    ).toBeUndefined();
    expect(dayAsItStands('could you move my cut to Saturday 14 June 2031', now)).toBeUndefined();
    // A weekday pins the year ("Saturday the fourteenth of June" is in 2031); a day alone is no guess.
    expect(dayAsItStands("I've got a viewing on Saturday the fourteenth of June, can it move", now)).toBe(
      '2031-06-14',
    );
    expect(
      dayAsItStands('i have a cut booked for the fourteenth of june, twenty thirty-one, one', now),
    ).toBeUndefined();
  });
});
