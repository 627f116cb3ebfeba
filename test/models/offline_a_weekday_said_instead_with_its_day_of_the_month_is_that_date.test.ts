import { describe, expect, it } from 'vitest';
import { findDate } from '../../src/models/offline/entityExtractors.ts';
import { converse, toolsOf } from './offlineScenario.ts';

const MONDAY = new Date('2026-11-30T09:00:00Z');

describe('a weekday asked for instead, with its day of the month said after it', () => {
  it('reads the weekday of the month in hand that falls on that day', () => {
    // The booking being moved is on Friday 13 June 2031.
    expect(findDate('Could it go to the Saturday instead, the 14th?', MONDAY, undefined, '2031-06-13')).toBe(
      '2031-06-14',
    );
    // A weekday alone still means the coming one.
    expect(findDate('could it go to the Saturday instead?', MONDAY, undefined, '2031-06-13')).toBe(
      '2026-12-05',
    );
  });

  it('moves the haircut to that Saturday, keeping its time', async () => {
    const o = await converse(
      'salon',
      [
        'Hello, sorry to be a pain, I think I need to move my haircut. The reference is GB-20310613-002.',
        'Oh, the phone number? It is 07700 900303.',
        'Could it go to the Saturday instead, the 14th? Same time as before if possible.',
        'Yes please, that is great.',
      ],
      {
        tool: 'reschedule_booking',
        result: { changed: true, bookingRef: 'GB-20310613-002', when: 'Saturday 14 June 2031 at 14:00' },
      },
    );
    // Before: read back and moved to Saturday 5 December 2026, six months before the booking.
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).at(-1)?.arguments).toMatchObject({ date: '2031-06-14' });
  }, 120_000);
});
