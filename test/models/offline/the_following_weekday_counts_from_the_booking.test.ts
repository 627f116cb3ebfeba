import { describe, expect, it } from 'vitest';
import { findDate } from '../../../src/models/offline/entityExtractors.ts';

/**
 * "could you move it to the following Saturday, same time?" about a booking on Saturday 14 June 2031:
 * the Saturday after the booking, 21 June 2031, as "the Saturday after" already was (it was read as the
 * coming Saturday, six months before the booking). Without a booking in hand nothing is counted from it.
 */
const now = new Date('2026-11-30T10:00:00Z');

describe('the following weekday counts from the booking', () => {
  it('reads "the following Saturday" from the day in hand', () => {
    expect(
      findDate('could you move it to the following Saturday, same time?', now, undefined, '2031-06-14'),
    ).toBe('2031-06-21');
    expect(findDate('the following tuesday works', now, undefined, '2031-06-14')).toBe('2031-06-17');
    expect(findDate('the saturday after', now, undefined, '2031-06-14')).toBe('2031-06-21');
  });

  it('reads it as the coming weekday with no booking in hand', () => {
    expect(findDate('the following Saturday please', now)).toBe('2026-12-05');
  });
});
