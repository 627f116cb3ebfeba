import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// "I've got a new phone number, can you update my record?" read the record out (its tool's description
// says "record" and "phone number on file") and the number the caller gave next meant nothing to the front
// desk. The change's description now says it is the phone on the record that changes: the new number is
// asked for and saved.
describe('a new number for the record is asked for and saved', () => {
  it('asks for the new number and saves it', async () => {
    const o = await converse(
      'healthcare',
      [
        'Hello, Dana Ruiz, 12 March 1984. My mobile number changed, could you update my record please?',
        'It is 555-0177.',
      ],
      { tool: 'update_contact_details', result: { updated: true, phoneEndsWith: '0177' } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('lookup_patient_record');
  }, 180_000);
});
