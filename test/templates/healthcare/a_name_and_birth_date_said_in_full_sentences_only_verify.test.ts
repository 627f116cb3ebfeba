import { describe, expect, it } from 'vitest';
import { converse } from '../../models/offlineScenario.ts';

// "My name is Samuel Okoro, and my date of birth is the second of January, 1969." said while the billing
// desk asked over how many months: the name and birth date verified the caller, and their long second
// clause was then read as a request beside the check, which the records desk answered with its fallback.
describe('a name and birth date said in full sentences', () => {
  it('verify the caller and the question asked before is asked again', async () => {
    const o = await converse(
      'healthcare',
      [
        'the bill you sent is too much for me to pay all at once, can I spread it out?',
        'My name is Dana Ruiz, and my date of birth is the twelfth of March, 1984.',
        'twelve months',
        'yes please',
      ],
      { tool: 'pay_in_installments', result: { created: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/verified/);
    expect(o.turns[1].reply).not.toMatch(/record or update/);
  }, 180_000);
});
