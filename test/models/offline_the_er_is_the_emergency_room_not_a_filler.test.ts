import { describe, expect, it } from 'vitest';
import { writtenAsDigits } from '../../src/models/offline/spokenNumbers.ts';

/**
 * Speech-to-text fillers ("um", "uh", "er") are dropped before the message is read; "do I need the ER?"
 * lost its "ER" with them and reached the router as "do I need the ?" (after-hours dev10-06).
 */
describe('the ER is the emergency room, not a filler', () => {
  it('keeps "ER" written in capitals', () => {
    expect(writtenAsDigits('twisted my ankle, do I need the ER?')).toBe(
      'twisted my ankle, do I need the ER?',
    );
    expect(writtenAsDigits('should I go to the ER now')).toBe('should I go to the ER now');
  });

  it('still drops the fillers a transcript writes', () => {
    expect(writtenAsDigits('er I need a doctor')).toBe('I need a doctor');
    expect(writtenAsDigits("it's uh forty two Juniper Court")).toBe("it's 42 Juniper Court");
    expect(writtenAsDigits('Um, erm, hi')).toBe('hi');
  });
});
