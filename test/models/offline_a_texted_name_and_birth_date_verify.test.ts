import { describe, expect, it } from 'vitest';
import { nameBeforeBirthDate } from '../../src/models/offline/forms/slotValues.ts';
import { converse } from './offlineScenario.ts';

// QA chat probe (2026-11-27): "hi can i get appt w dr patel nxt wk, im grace liu dob 9/14/52" was asked
// "May I have your full name, please?" three times and then offered a person: a name was taken without
// "my name is" only when capitalised ("I'm locked out" names nobody). Said as who one is, right before
// the birth-date label, a lower-case full name is the name.
describe('a texted name and birth date', () => {
  it('verifies the patient and books the pick', async () => {
    const o = await converse(
      'healthcare',
      ['hi can i get appt w dr patel nxt wk, im grace liu dob 9/14/52', 'the 1pm one'],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].tools[0]).toMatchObject({
      tool: 'verify_identity',
      arguments: { fullName: 'Grace Liu' },
    });
    expect(o.turns.at(-1)!.reply).toMatch(/at 13:00 with Dr\. Raj Patel/);
  }, 120_000);

  it('reads the lower-case name only before a birth-date label', () => {
    expect(nameBeforeBirthDate('hi can i get appt w dr patel nxt wk, im grace liu dob 9/14/52')).toBe(
      'Grace Liu',
    );
    expect(nameBeforeBirthDate('im grace liu and i need a refill')).toBeUndefined();
  });
});
