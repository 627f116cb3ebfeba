import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// "can I pay it" right after the billing desk explained a charge shares one word with the desk ("pay"),
// under the bar a new request must clear: the Receptionist fell back ("I can help with clinical line…").
// A short message right after a desk answered, sharing a word with it, goes back to that desk.
const VERIFIED = 'Dana Ruiz, born 1984-03-12';
const CHARGE = 'why was I charged $120';

describe('a short billing follow-up reaches the billing desk', () => {
  it('"can I pay it" after a charge was explained: read back, paid on yes', async () => {
    const o = await converse('healthcare', [VERIFIED, CHARGE, 'can I pay it', 'yes'], {
      tool: 'pay_by_card_or_link',
      result: { paid: true },
    });
    expect(o.turns[2].reply).toMatch(/^Just to confirm: pay your whole balance of \$145/);
    expect(o.unmet).toEqual([]);
  }, 180_000);

  it('"can I split it" and "how much do I owe" after a charge was explained', async () => {
    const split = await converse('healthcare', [VERIFIED, CHARGE, 'can I split it', '6', 'yes'], {
      tool: 'pay_in_installments',
      result: { created: true, months: 6 },
    });
    expect(split.turns[2].reply).toMatch(/how many months/i);
    expect(split.unmet).toEqual([]);
    const owe = await converse('healthcare', [VERIFIED, CHARGE, 'how much do I owe'], {
      tool: 'lookup_balance',
      result: { balance: '$145' },
    });
    expect(owe.unmet).toEqual([]);
    expect(toolsOf(owe).map((t) => t.tool)).not.toContain('pay_by_card_or_link');
  }, 240_000);
});
