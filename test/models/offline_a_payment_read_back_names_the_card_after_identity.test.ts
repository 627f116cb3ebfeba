import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// The Billing desk read a payment back before the caller was verified ("pay your whole balance with
// the card on file…"), and named neither the balance nor the card: its model has only the call's
// arguments. The read-back now names facts from the balance look-up (`{lookup_balance.payWith}`),
// which runs first and, for a caller not yet verified, asks for name and birth date: identity, then
// the read-back with the card and amount, then the payment on "yes" (forms/readBackFacts.ts).
describe('a payment read-back names the card, after identity', () => {
  it('an unverified "can I pay my bill" asks who is calling first, then reads back $35 on the Visa', async () => {
    const o = await converse('healthcare', ['can I pay my bill', 'Grace Liu', '1952-09-14', 'yes'], {
      tool: 'pay_by_card_or_link',
      result: { paid: true, amount: '$35' },
    });
    expect(o.turns[0].reply).toMatch(/verify your identity/);
    expect(o.turns[0].reply).not.toMatch(/Just to confirm/);
    expect(o.turns[2].reply).toBe(
      'Just to confirm: pay your whole balance of $35 with the Visa ending 3090. Shall I go ahead?',
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).filter((t) => t.tool === 'pay_by_card_or_link')).toHaveLength(1);
  }, 240_000);
});
