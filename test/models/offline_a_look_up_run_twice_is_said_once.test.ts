import { describe, expect, it } from 'vitest';
import { answerFromResults } from '../../src/models/offline/responseTemplates.ts';

// A look-up run twice in one turn to one end (the caller's appointments listed, then listed again for the
// one picked: "…anything later the same day with Dr. Patel? she says 1 o'clock is fine") said its answer
// twice over: "You have 2 upcoming appointments: … You have 2 upcoming appointments: …". An answer is
// said once; two different answers are both said.
describe('a look-up run twice is said once', () => {
  const listed =
    'You have 2 upcoming appointments: Tuesday at 16:00 (APT-5006) and Thursday at 08:30 (APT-5005).';
  const result = (callId: string, message: string) => ({
    name: 'list_appointments',
    callId,
    args: {},
    output: { found: true, count: 2, message },
  });

  it('says the same answer once', () => {
    expect(answerFromResults(undefined, [result('a', listed), result('b', listed)], undefined)).toBe(listed);
  });

  it('says two different answers one after the other', () => {
    const other = 'Thursday at 13:00 with Dr. Patel is free.';
    expect(answerFromResults(undefined, [result('a', listed), result('b', other)], undefined)).toBe(
      `${listed} ${other}`,
    );
  });
});
