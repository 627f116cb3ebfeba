import { describe, expect, it } from 'vitest';
import { findPersonName } from '../../src/models/offline/personNames.ts';
import { converse } from './offlineScenario.ts';

/**
 * "Hi, I'm calling for my son Tomás Herrera, born May 30 2015, we have a new phone number": the full
 * name after the relation is the patient's, so the clinic verifies him with the birth date said beside
 * it before the number on his record changes. Before, no name was read ("I'm calling" introduces no
 * one), the change was refused for identity and "yes" answered nothing (dev14-healthcare-05).
 */
describe('a caller speaking for their son names him', () => {
  it('verifies the son and changes the number on his record', async () => {
    const o = await converse(
      'healthcare',
      ["Hi, I'm calling for my son Tomás Herrera, born May 30 2015, we have a new phone number", '555-0177'],
      { tool: 'update_contact_details', result: { updated: true, phoneEndsWith: '0177' } },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);

  it('reads a capitalised full name after the relation only', () => {
    expect(findPersonName('booking for my daughter Mia Chen please')).toBe('Mia Chen');
    expect(findPersonName('my son has had a fever since Monday')).toBeUndefined();
    expect(findPersonName('my wife needs to move her Friday appointment')).toBeUndefined();
  });

  // "I am the mother of Tomás Herrera, he has 10 years": the relation said the other way round, in
  // second-language English (dev23), verified no one and asked the caller's own name twice.
  it('reads the name after "I am the mother of" or "I am the carer of"', () => {
    expect(findPersonName('Good morning, I am the mother of Tomás Herrera, born 30 May 2015.')).toBe(
      'Tomás Herrera',
    );
    expect(findPersonName("hello, i'm the carer of Ruth Adler and she needs her refill")).toBe('Ruth Adler');
    expect(findPersonName('I am the mother of two and need an appointment')).toBeUndefined();
  });

  it('verifies the child named after "I am the father of"', async () => {
    const o = await converse(
      'healthcare',
      ['Hello, I am the father of Tomás Herrera, born 30 May 2015. Which appointments does he have?'],
      { tool: 'verify_identity', result: { verified: true, patientId: 'PT-1004' } },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
