import { describe, expect, it } from 'vitest';
import { findPersonName } from '../../src/models/offline/entityExtractors.ts';
import { leadingPersonName, nameBeforeBirthDate } from '../../src/models/offline/forms/slotValues.ts';
import { fieldOfPractitioner } from '../../src/models/offline/practitioners.ts';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * How clinic callers give their name, and were not read:
 * - "hi its grace liu, 14th september 1952": a greeting and "its" before the name (the name was asked
 *   again, and "go ahead" said to that question was taken for the name "Go Ahead");
 * - "Hi, Maria Garcia here, who is my primary doctor?": the name and "here", as on the phone;
 * - "how much do I owe? Omar Haddad, 06/19/1987": the name after the request, unlabelled.
 * And a department named by who practises it ("see a dermatologist").
 */
describe('a caller opening with their name and birth date is read', () => {
  it('reads the name after a greeting and a lead-in, before the birth date', () => {
    expect(nameBeforeBirthDate('hi its grace liu, 14th september 1952')).toBe('Grace Liu');
    expect(nameBeforeBirthDate('hello this is dana ruiz 03/12/1984')).toBe('Dana Ruiz');
    // A lead-in with no name after it names nobody.
    expect(nameBeforeBirthDate('hi its for 14th september 1952')).toBeUndefined();
  });

  it('never takes "go ahead" or "born" for a name', () => {
    expect(leadingPersonName('go ahead')).toBeUndefined();
    expect(leadingPersonName('yes go ahead')).toBeUndefined();
    expect(leadingPersonName('Grace Liu')).toBe('Grace Liu');
    // Nor the birth date's label: "born march 12 1984" to "What's your full name and date of birth?".
    expect(nameBeforeBirthDate('born march 12 1984')).toBeUndefined();
  });

  it('reads "Maria Garcia here" as the caller introducing themselves', () => {
    expect(findPersonName('Hi, Maria Garcia here, who is my primary doctor?')).toBe('Maria Garcia');
    expect(findPersonName('Dana Ruiz here')).toBe('Dana Ruiz');
    expect(findPersonName('Is anyone here?')).toBeUndefined();
    expect(findPersonName('my son is here with me')).toBeUndefined();
  });

  it('reads a capitalised name and a dated year said after the request', () => {
    expect(nameBeforeBirthDate('how much do I owe? Omar Haddad, 06/19/1987')).toBe('Omar Haddad');
    expect(nameBeforeBirthDate('can I come in? Next Friday 12/04/2026 at 3')).toBeUndefined();
  });

  it('finds a department from the practitioner named', () => {
    const departments = ['Family Medicine', 'Pediatrics', 'Dermatology', 'Cardiology', 'Physical Therapy'];
    expect(fieldOfPractitioner("I'd like to see a dermatologist", departments)).toBe('Dermatology');
    expect(fieldOfPractitioner('my son needs a pediatrician', departments)).toBe('Pediatrics');
    expect(fieldOfPractitioner('a physical therapist please', departments)).toBe('Physical Therapy');
    expect(fieldOfPractitioner('I need to book a checkup', departments)).toBeUndefined();
  });

  it('verifies Grace Liu from her opening and cancels the visit read back on "go ahead"', async () => {
    const o = await converse(
      'healthcare',
      [
        'hi its grace liu, 14th september 1952',
        'please cancel the echo results appointment with dr patel, i got them already',
        'go ahead',
      ],
      [
        { tool: 'verify_identity', result: { verified: true } },
        { tool: 'cancel_appointment', result: { cancelled: true, appointmentId: 'APT-5005' } },
      ],
    );
    expect(o.unmet).toEqual([]);
    const names = toolsOf(o).map((t) => (t.arguments as { fullName?: string } | undefined)?.fullName);
    expect(names).not.toContain('Go Ahead');
  }, 300_000);

  it('keeps the name said first when only the birth date follows', async () => {
    const o = await converse(
      'healthcare',
      ['Hi, Maria Garcia here, who is my primary doctor?', 'my birthday is August 30 1993'],
      [
        { tool: 'verify_identity', result: { verified: true } },
        { tool: 'lookup_patient_record', result: { found: true } },
      ],
    );
    expect(o.unmet).toEqual([]);
  }, 300_000);
});
