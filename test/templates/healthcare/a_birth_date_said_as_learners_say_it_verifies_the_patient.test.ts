import { describe, expect, it } from 'vitest';
import { findReference } from '../../../src/models/offline/entityExtractors.ts';
import { converse } from '../../models/offlineScenario.ts';

// The shape a birth-date property's pattern has (ISO), which findReference reads as a date said.
const BIRTH = { pattern: /\d{4}-\d{2}-\d{2}/ };

// "My name is Maria Garcia, I was born the 30 of August of 1993" (dialogue batch 32, a learner of
// English): the year after "of" was not read, and the birth date without it was put in 1970 — the
// patient was told no such patient exists.
describe('a birth date said as learners of English say it', () => {
  it('verifies the patient and checks the cover asked', async () => {
    const o = await converse(
      'healthcare',
      [
        'Hello, good morning. I want to know if my insurance pays the physical therapy.',
        'My name is Maria Garcia, I was born the 30 of August of 1993.',
      ],
      [
        { tool: 'verify_identity', result: { verified: true, patientId: 'PT-1010' } },
        { tool: 'check_procedure_coverage', result: { found: true, service: 'physical therapy' } },
      ],
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);

  it('reads the year after "of", and takes no birth date without its year', () => {
    expect(findReference('I was born the 30 of August of 1993.', BIRTH)).toBe('1993-08-30');
    expect(findReference('born August 30 of 1993', BIRTH)).toBe('1993-08-30');
    // No year said (another number is): nothing to check, rather than 30 August 1970.
    expect(findReference('born 30 of August, my member number is 4471', BIRTH)).toBeUndefined();
  });
});
