import { describe, expect, it } from 'vitest';
import { withFullBirthYears } from '../../src/models/offline/twoDigitYears.ts';
import { converse } from './offlineScenario.ts';

// "Dana Ruiz, 3/12/84": a birth date written with a two-digit year was no date (only four-digit years
// were read), so the clinic asked again for a date of birth the caller had just given.
describe('a birth date with a two-digit year is read', () => {
  it('gives a two-digit year its century, never a future birth year', () => {
    const now = new Date('2026-11-30T09:00:00Z');
    expect(withFullBirthYears('Dana Ruiz, 3/12/84', now)).toBe('Dana Ruiz, 3/12/1984');
    expect(withFullBirthYears('born 05-30-15', now)).toBe('born 05-30-2015');
    expect(withFullBirthYears('born 1.2.69', now)).toBe('born 1.2.1969');
    // Not a date of three parts: left alone.
    expect(withFullBirthYears('3/4 cup, 12/84, 3/12/1984', now)).toBe('3/4 cup, 12/84, 3/12/1984');
  });

  it('verifies "Dana Ruiz, 3/12/84" (month first at a US clinic) and requests the refill', async () => {
    const o = await converse(
      'healthcare',
      ["I'm out of my cholesterol pill, atorvastatin", 'Dana Ruiz, 3/12/84'],
      [
        { tool: 'verify_identity', result: { verified: true } },
        { tool: 'request_refill', result: { requested: true } },
      ],
    );
    expect(o.unmet).toEqual([]);
  }, 300_000);
});
