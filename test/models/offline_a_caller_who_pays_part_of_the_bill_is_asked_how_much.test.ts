import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// "I need to pay some of my bill" was read back as "pay your whole balance of $145": the amount is
// optional (left out, the whole balance is paid), and a yes paid what the caller had just said they
// did not want to pay. A part said without an amount is asked about first, with the balance
// (forms/partOfTheWhole.ts); a bare number said to that question is dollars, also at the read-back.
describe('a caller who pays part of the bill is asked how much', () => {
  it('"I need to pay some of my bill" asks how much, then "forty" is read back and paid', async () => {
    const o = await converse(
      'healthcare',
      ['I need to pay some of my bill', 'Dana Ruiz, born 1984-03-12', 'forty', 'yes'],
      { tool: 'pay_by_card_or_link', result: { paid: true, amount: '$40' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toBe('Your balance is $145. How much would you like to pay today?');
    expect(o.turns[2].reply).toMatch(/^Just to confirm: pay \$40 of your \$145 balance/);
    const paid = toolsOf(o).filter((t) => t.tool === 'pay_by_card_or_link');
    expect(paid.map((t) => t.arguments)).toEqual([{ amount: 40 }]);
  }, 300_000);

  it('"can I pay part of it" after identity asks how much; "can I pay my bill" still reads back all of it', async () => {
    const o = await converse(
      'healthcare',
      ['hi this is Dana Ruiz, born 1984-03-12', 'can I pay part of it', '$50', 'yes', 'can I pay my bill'],
      { tool: 'pay_by_card_or_link', result: { paid: true, amount: '$50' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/How much would you like to pay today\?$/);
    expect(o.turns[2].reply).toMatch(/^Just to confirm: pay \$50 of your \$145 balance/);
    expect(o.turns[4].reply).toMatch(/^Just to confirm: pay your whole balance of \$95/);
  }, 300_000);
});
