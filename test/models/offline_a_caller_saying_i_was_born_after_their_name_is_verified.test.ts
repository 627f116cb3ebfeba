import { describe, expect, it } from 'vitest';
import { nameBeforeBirthDate } from '../../src/models/offline/forms/slotValues.ts';
import { converse, toolsOf } from './offlineScenario.ts';

describe('a caller who gives their name, then says when they were born in a sentence of its own', () => {
  it('reads the name before "I was born"', () => {
    expect(nameBeforeBirthDate('Grace Liu. I was born September 14th, 1952.')).toBe('Grace Liu');
    expect(nameBeforeBirthDate('Grace Liu and I was born on 14 September 1952')).toBe('Grace Liu');
    // Not a capitalised word that opens any sentence: "Sorry" is no name.
    expect(nameBeforeBirthDate('Sorry. I was born September 14th, 1952.')).toBeUndefined();
  });

  it('verifies her and cancels the visit she picks', async () => {
    const o = await converse(
      'healthcare',
      [
        'Hello, sorry, I think I need to cancel one of my appointments.',
        'Grace Liu. I was born September 14th, 1952.',
        'The knee one, the physical therapy.',
        'Yes, please cancel it.',
      ],
      { tool: 'cancel_appointment', result: { cancelled: true, appointmentId: 'APT-5006' } },
    );
    // Before: "Thanks. May I have your full name, please? For example: Dana Ruiz".
    expect(toolsOf(o).find((t) => t.tool === 'verify_identity')?.arguments).toEqual({
      fullName: 'Grace Liu',
      dob: '1952-09-14',
    });
    expect(o.unmet).toEqual([]);
  }, 120_000);
});
