import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// Names as callers put them on the phone: spelled with a doubled letter ("h a double d a d"), a surname
// put right before the full name is said again ("it's Haddad, with two Ds. Omar Haddad, …" had been
// verified as "Haddad" alone), and "my names rosa jimenez" (name's, as speech-to-text writes it).
describe('a name spelled or put right on the phone is read', () => {
  it('verifies a name spelled with "double d"', async () => {
    const o = await converse(
      'healthcare',
      [
        'i want to check when my next appointment is',
        'omar haddad h a double d a d born june nineteenth nineteen eighty seven',
      ],
      { tool: 'verify_identity', result: { verified: true, patientId: 'PT-1008' } },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);

  it('verifies the full name said after the surname is put right', async () => {
    const o = await converse(
      'healthcare',
      [
        "Hello, what's my next appointment? Omar Hadad, date of birth 06/19/1987.",
        "Sorry, my mistake, it's Haddad, double D. Omar Haddad, June 19, 1987.",
      ],
      { tool: 'verify_identity', result: { verified: true, patientId: 'PT-1008' } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).some((t) => JSON.stringify(t.arguments).includes('"fullName":"Haddad"'))).toBe(false);
  }, 180_000);

  it('takes "my names …" as the name for a call back', async () => {
    const o = await converse(
      'real-estate',
      [
        "hi i'd like to sell my house its 17 heron street in lakeview",
        'ok can somebody ring me about it my names rosa jimenez number five five five oh one nine one',
      ],
      { tool: 'record_lead', result: { recorded: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(JSON.stringify(toolsOf(o).find((t) => t.tool === 'record_lead')?.arguments)).toMatch(
      /Rosa Jimenez/,
    );
  }, 180_000);
});
