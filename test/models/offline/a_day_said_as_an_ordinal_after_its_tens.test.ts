import { describe, expect, it } from 'vitest';
import { writtenAsDigits } from '../../../src/models/offline/spokenNumbers.ts';
import { converse } from '../offlineScenario.ts';

/**
 * "Date of birth is November twenty-third, nineteen seventy-eight": the day was written "20-third" and
 * the birth date read as 20 November 1970, so the patient was not found (dev24). A tens word followed by
 * an ordinal unit is the day: 23rd, 31st.
 */
describe('a day said as an ordinal after its tens', () => {
  it('writes "twenty-third" and "thirty first" as 23rd and 31st', () => {
    expect(writtenAsDigits('November twenty-third, nineteen seventy-eight')).toBe('November 23rd, 1978');
    expect(writtenAsDigits('the thirty first of may')).toBe('the 31st of may');
    expect(writtenAsDigits('twenty seconds')).toBe('20 seconds');
    expect(writtenAsDigits('about twenty, first I want to ask')).toBe('about 20, first I want to ask');
  });

  it('verifies a patient whose birthday is said so', async () => {
    const o = await converse(
      'healthcare',
      [
        'hi it is Priya Nair, I need my levothyroxine refilled',
        'my birthday is november twenty-third nineteen seventy-eight',
      ],
      { tool: 'verify_identity', result: { verified: true, patientId: 'PT-1003' } },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
