import { describe, expect, it } from 'vitest';
import { findDate, findReference } from '../../src/models/offline/entityExtractors.ts';
import { writtenAsDigits } from '../../src/models/offline/spokenNumbers.ts';
import { converse } from './offlineScenario.ts';

/**
 * Two ways a birth date said plainly was misread, and verification failed or was asked again:
 * - "date of birth 14 September 1952. I need to move my knee rehab session to Thursday" was read as
 *   1970-01-08: a birth date is read with no clock, and "to Thursday" (the day a change goes to) won.
 *   A birth date is never a day counted from today.
 * - "march twelfth nineteen eighty four" (said aloud): the year was written in digits, the ordinal day
 *   was not, so no date was read.
 */
const DOB = /\d{4}-\d{2}-\d{2}/;
const birthDate = (said: string) => findReference(writtenAsDigits(said), { pattern: DOB, monthFirst: true });

describe('a birth date is read as said', () => {
  it('is never a weekday the request goes to', () => {
    expect(birthDate('date of birth 14 September 1952. I need to move my session to Thursday')).toBe(
      '1952-09-14',
    );
    expect(birthDate('born 3/12/1984 and I want to come in next week')).toBe('1984-03-12');
  });

  it('reads a day said as an ordinal word beside its month', () => {
    expect(birthDate('march twelfth nineteen eighty four')).toBe('1984-03-12');
    expect(birthDate('born the twelfth of March, nineteen eighty-four')).toBe('1984-03-12');
    expect(birthDate('september the fourteenth nineteen fifty two')).toBe('1952-09-14');
    expect(birthDate('the twenty first of june 1990')).toBe('1990-06-21');
  });

  it('leaves "may" and "march" as verbs alone, and a pick a pick', () => {
    const now = new Date('2026-11-23T10:00:00Z');
    expect(findDate('I may first call my wife', now)).toBeUndefined();
    expect(findDate('the second one please', now)).toBeUndefined();
    expect(findDate('can I come on the first of december', now)).toBe('2026-12-01');
  });

  it('verifies Grace Liu and reads her move back in the same message', async () => {
    const o = await converse(
      'healthcare',
      [
        'hello this is Grace Liu, date of birth 14 September 1952. I need to move my knee rehab session to Thursday, same time',
        'yes',
      ],
      [
        { tool: 'verify_identity', result: { verified: true } },
        { tool: 'reschedule_appointment', result: { rescheduled: true, appointmentId: 'APT-5006' } },
      ],
    );
    expect(o.unmet).toEqual([]);
  }, 300_000);

  it('verifies a caller who says the date aloud', async () => {
    const o = await converse(
      'healthcare',
      ["what's my balance", 'Dana Ruiz', 'march twelfth nineteen eighty four'],
      {
        tool: 'verify_identity',
        result: { verified: true },
      },
    );
    expect(o.unmet).toEqual([]);
  }, 300_000);
});
