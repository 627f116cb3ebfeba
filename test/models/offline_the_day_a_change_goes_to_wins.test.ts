import { describe, expect, it } from 'vitest';
import { findDate } from '../../src/models/offline/entityExtractors.ts';

/**
 * A move names two days at once: the one the visit is on (or a birth date given with the request) and
 * the one it goes to. The day it goes to is the value ("can it be friday instead" after "…next week";
 * "Can I move APT-5001 to Thursday?" said with "born 1984-03-12" was read as 12 March 1984).
 */
describe('the day a change goes to wins over other days said with it', () => {
  const monday = new Date('2026-11-30T09:00:00Z');

  it('"…to Thursday" beats a birth date in the same message', () => {
    expect(findDate('Hi, this is Dana Ruiz, born 1984-03-12. Can I move APT-5001 to Thursday?', monday)).toBe(
      '2026-12-03',
    );
  });

  it('"friday instead" beats "next week" said before it', () => {
    expect(findDate('I need to move my appointment next week, can it be friday instead', monday)).toBe(
      '2026-12-04',
    );
  });

  it('a date years back is a birth date, never the day asked for; a named date still wins over its weekday', () => {
    expect(findDate('Dana Ruiz 1984-03-12, I need to come in tomorrow', monday)).toBe('2026-12-01');
    expect(findDate('move it to Friday June 18 2027', monday)).toBe('2027-06-18');
    // Read with no clock (a birth date's own finder), an old date is the value.
    expect(findDate('born 1984-03-12', new Date(0))).toBe('1984-03-12');
  });
});
