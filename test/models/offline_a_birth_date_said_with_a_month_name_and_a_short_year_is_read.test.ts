import { describe, expect, it } from 'vitest';
import { withFullBirthYears } from '../../src/models/offline/twoDigitYears.ts';
import { converse } from './offlineScenario.ts';

// "dana ruiz born march 12 84": patients say a birth date with the month's name and a two-digit year
// as often as they write 3/12/84. Only numeric dates got their century, so the clinic asked "And your
// date of birth, as year, month and day?" for a date the caller had just given, and asked again.
describe('a birth date said with a month name and a short year is read', () => {
  const now = new Date('2026-11-30T09:00:00Z');

  it('gives the year its century after a month name and a day, either way round', () => {
    expect(withFullBirthYears('dana ruiz born march 12 84', now)).toBe('dana ruiz born march 12 1984');
    expect(withFullBirthYears("12th of march '84", now)).toBe('12th of march 1984');
    expect(withFullBirthYears('may 30, 15', now)).toBe('may 30, 2015');
    expect(withFullBirthYears('sept 14 52', now)).toBe('sept 14 1952');
  });

  it('leaves a time said after a day alone', () => {
    for (const text of ['march 12 at 10', 'march 12 10:30', 'march 12 10am', 'june 4 11 o’clock']) {
      expect(withFullBirthYears(text, now)).toBe(text);
    }
  });

  it('verifies "dana ruiz born march 12 84" and answers the balance asked before', async () => {
    const o = await converse(
      'healthcare',
      ["what's my balance", 'dana ruiz born march 12 84'],
      [
        { tool: 'verify_identity', result: { verified: true } },
        { tool: 'lookup_balance', result: { found: true } },
      ],
    );
    expect(o.unmet).toEqual([]);
  }, 300_000);

  it('verifies a birth date given on its own after the name ("march 12 84")', async () => {
    const o = await converse(
      'healthcare',
      ["what's my balance", 'Dana Ruiz', 'march 12 84'],
      [{ tool: 'verify_identity', result: { verified: true } }],
    );
    expect(o.unmet).toEqual([]);
  }, 300_000);
});
