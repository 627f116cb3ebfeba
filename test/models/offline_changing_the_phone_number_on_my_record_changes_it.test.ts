import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// "can you change the phone number on my record" read the record back ("record" names the look-up's
// object) and the new number said next reached nobody. Saying "change" or "update" asks for the tool
// that updates (`update_contact_details`); a question about the number on file is still a look-up.
const VERIFIED = 'Dana Ruiz 1984-03-12';

describe('changing the phone number on my record changes it', () => {
  it('asks for the new number and updates the record', async () => {
    const o = await converse(
      'healthcare',
      [VERIFIED, 'can you change the phone number on my record', '555-201-7788'],
      { tool: 'update_contact_details', result: { updated: true, phoneEndsWith: '7788' } },
    );
    expect(o.turns[1].reply).toBe("What's the new phone number?");
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('lookup_patient_record');
  }, 180_000);

  it('"what phone number do you have on my record?" reads it', async () => {
    const o = await converse(
      'healthcare',
      [VERIFIED, 'what phone number do you have on my record?'],
      [
        { tool: 'lookup_patient_record', result: { found: true } },
        { never_tools: ['update_contact_details'] },
      ],
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
