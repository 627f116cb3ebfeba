import { describe, expect, it } from 'vitest';
import { findPersonName } from '../../../src/models/offline/personNames.ts';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// A caller speaking for someone names them as "he's …"/"she's …" (dialogue batch 27, dev): the whole of
// "She's Hannah Kowalski" was sent as the patient's name, no patient matched, and the new phone number
// was never saved.
describe('a patient named as "he\'s"/"she\'s" by the person calling for them', () => {
  it("reads the name after the pronoun, and prefers it to the caller's own", () => {
    expect(findPersonName("She's Priya Nair, born 11/23/1978.")).toBe('Priya Nair');
    expect(findPersonName("I'm Ruth, his daughter. He's Samuel Okoro, date of birth January 2 1969")).toBe(
      'Samuel Okoro',
    );
    expect(findPersonName('he is marcus bell')).toBeUndefined(); // lower case: no name without "name"
    expect(findPersonName('He is Marcus Bell')).toBe('Marcus Bell');
    // A doctor, a day or a month after the pronoun names no patient.
    expect(findPersonName("she's Dr Okafor's patient")).toBeUndefined();
    expect(findPersonName("He's Monday Morning")).toBeUndefined();
  });

  it('verifies the patient and saves their new number', async () => {
    const o = await converse(
      'healthcare',
      [
        "Hello, I look after my father's paperwork and he has changed his mobile number.",
        "He's Samuel Okoro, his birthday is January 2, 1969. He's sat next to me.",
        'His new number is 555-0199, please update it.',
      ],
      { tool: 'update_contact_details', result: { updated: true, phoneEndsWith: '0199' } },
    );
    expect(o.unmet).toEqual([]);
    const verified = toolsOf(o).find((t) => t.tool === 'verify_identity');
    expect(verified?.arguments).toMatchObject({ fullName: 'Samuel Okoro' });
  }, 180_000);
});
