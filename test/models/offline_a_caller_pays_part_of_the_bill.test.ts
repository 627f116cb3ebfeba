import { describe, expect, it } from 'vitest';
import { findMoney } from '../../src/models/offline/amounts.ts';
import { writtenAsDigits } from '../../src/models/offline/spokenNumbers.ts';
import { converse, toolsOf } from './offlineScenario.ts';

// "can I pay twenty off it" was read back as "pay your whole balance" and a yes paid all $145: a bare
// number is no amount without "$" or "dollars", and nobody says "$" aloud. A number said as what is
// paid ("pay 20 off it", "put 50 toward it") is dollars; a count of payments or months is not.
describe('a caller pays part of the bill', () => {
  it('reads a bare number said as what is paid as dollars, never months, counts or dates', () => {
    const money = (said: string) => findMoney(writtenAsDigits(said));
    expect(money('can I pay twenty off it')).toBe(20);
    expect(money('can I pay 40 off what I owe')).toBe(40);
    expect(money('put fifty toward it')).toBe(50);
    expect(money('twenty five towards my balance')).toBe(25);
    expect(money('thirteen dollars forty')).toBe(13.4);
    expect(money('13 dollars and 40 cents')).toBe(13.4);
    expect(money('20 dollars over 12 months')).toBe(20);
    expect(money('can I pay it in 3')).toBeUndefined();
    expect(money('pay 3 installments')).toBeUndefined();
    expect(money('can I pay 6 months')).toBeUndefined();
    expect(money('can I pay on the 15th')).toBeUndefined();
  });

  it('"what do I owe", then "can I pay twenty off it" pays $20, and "$40 off what I owe" $40', async () => {
    const o = await converse(
      'healthcare',
      [
        'Dana Ruiz 1984-03-12',
        'what do I owe',
        'can I pay twenty off it',
        'yes',
        'can I pay $40 off what I owe',
        'yes',
      ],
      { tool: 'pay_by_card_or_link', result: { paid: true, amount: '$40' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/balance is \$145/);
    expect(o.turns[2].reply).toMatch(/^Just to confirm: pay \$20\b/);
    expect(o.turns[4].reply).toMatch(/^Just to confirm: pay \$40\b/);
    const paid = toolsOf(o).filter((t) => t.tool === 'pay_by_card_or_link');
    expect(paid.map((t) => t.arguments)).toEqual([{ amount: 20 }, { amount: 40 }]);
  }, 300_000);
});
