import { describe, expect, it } from 'vitest';
import { findDate } from '../../../src/models/offline/entityExtractors.ts';

/**
 * "push my colour appointment on the 13th of June to Tuesday the 17th": the named date said first
 * (the day the booking leaves) was read as the new day, and the move was read back to 13 June. The
 * day of the month said after "to" is the day meant, in the month of the booking in hand, else of the
 * date said before it.
 */

const now = new Date('2026-11-30T10:00:00Z');
const MOVE =
  'I need to push my colour appointment on the 13th of June to Tuesday the 17th, same time if you can';

describe('a move to a day of the month beats the date it leaves', () => {
  it('reads "to Tuesday the 17th" in the month of the booking being moved', () => {
    expect(findDate(MOVE, now, undefined, '2031-06-13')).toBe('2031-06-17');
  });

  it('reads "to the 20th" in the month of the date said before it when no booking is in hand', () => {
    expect(findDate('can you move my 13th of june appointment to the 20th', now)).toBe('2027-06-20');
  });

  it('reads a named date after "to" month and all', () => {
    expect(findDate('move my June 13 booking to the 20th of July', now)).toBe('2027-07-20');
  });

  it('still reads a date said alone, and a weekday a change goes to', () => {
    expect(findDate('the 13th of June please', now)).toBe('2027-06-13');
    expect(findDate('can you move it to tuesday', now)).toBe('2026-12-01');
  });
});
