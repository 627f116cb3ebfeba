import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// "can I pay $20 off my bill" and "I want to pay off my bill" matched the payment plan ("pay it all at
// once" shares "off" with "afford"), and the caller was asked over how many months: paying off, or
// paying an amount off, is a payment, and the payment tool's description says so.
describe('paying something off my bill is a payment', () => {
  it('"can I pay $20 off my bill" is read back as $20 and paid on yes', async () => {
    const o = await converse('healthcare', ['Dana Ruiz 1984-03-12', 'can I pay $20 off my bill', 'yes'], {
      tool: 'pay_by_card_or_link',
      result: { paid: true, amount: '$20' },
    });
    expect(o.turns[1].reply).toMatch(/^Just to confirm: pay \$20/);
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('pay_in_installments');
  }, 180_000);

  it('"I want to pay off my bill" pays the whole balance', async () => {
    const o = await converse('healthcare', ['Dana Ruiz 1984-03-12', 'I want to pay off my bill', 'yes'], {
      tool: 'pay_by_card_or_link',
      result: { paid: true, amount: '$145' },
    });
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
