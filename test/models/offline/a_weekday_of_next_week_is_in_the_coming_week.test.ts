import { describe, expect, it } from 'vitest';
import { findDate } from '../../../src/models/offline/entityExtractors.ts';

/**
 * "push it to the Wednesday of next week instead": "next week" was read as today plus seven days (a
 * Monday) and the weekday was lost, so a move to Wednesday was read back as the Monday the caller was
 * leaving (dev23). A weekday said with "next week" is that weekday in the coming Monday-to-Sunday week.
 */

// Monday 30 November 2026: next week runs from Monday 7 to Sunday 13 December.
const monday = new Date('2026-11-30T10:00:00Z');
// Friday 4 December 2026: next week runs from Monday 7 to Sunday 13 December too.
const friday = new Date('2026-12-04T10:00:00Z');

describe('a weekday of next week is in the coming week', () => {
  it('reads "the Wednesday of next week", "wednesday next week" and "next week on Thursday"', () => {
    expect(findDate('so could we push it to the Wednesday of next week instead', monday)).toBe('2026-12-09');
    expect(findDate('wednesday next week works', monday)).toBe('2026-12-09');
    expect(findDate("next week on thursday if you've got it", monday)).toBe('2026-12-10');
    expect(findDate('next week on monday', friday)).toBe('2026-12-07');
    expect(findDate('the sunday of next week', friday)).toBe('2026-12-13');
  });

  it('beats another weekday said before it (the day being left)', () => {
    expect(
      findDate(
        "I booked next Monday at 1:30, and I'd like to push it to the Wednesday of next week, same time",
        monday,
      ),
    ).toBe('2026-12-09');
  });

  it('still reads "next week" alone as a week from today', () => {
    expect(findDate('sometime next week please', monday)).toBe('2026-12-07');
  });
});
