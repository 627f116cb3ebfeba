import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

/**
 * "hi, can you check what is in my file please?" at the clinic: the records desk's look-up fell just under
 * the tool matcher's bar, and the caller heard "I can read your record or update the phone number on it";
 * after giving their name and birth date they were verified and asked "How can I help you today?", the
 * request lost. WordNet files a file (the noun) as a kind of record, which `lookup_patient_record` is named
 * for: the look-up asks who the caller is, and reads the record once they are verified.
 */
describe('a record asked for as a file is read', () => {
  it('reads the record after verifying the caller', async () => {
    const o = await converse(
      'healthcare',
      ['hi, can you check what is in my file please?', 'Priya Nair, born 23rd of November 1978'],
      { tool: 'lookup_patient_record', result: { found: true, patientId: 'PT-1003' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).not.toMatch(/how can I help you today/i);
  }, 180_000);
});
