import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

const VERIFIED = ['I want to pay my bill', 'Dana Ruiz, date of birth 03/12/1984.'];

describe('another change asked for at the read-back of a payment', () => {
  it('reads the payment plan back in place of the full payment, and sets the plan up on yes', async () => {
    const o = await converse(
      'healthcare',
      [...VERIFIED, "Actually I'd rather pay it in 3 monthly instalments.", 'yes'],
      [
        { tool: 'pay_in_installments', result: { created: true, months: 3 } },
        { never_tools: ['pay_by_card_or_link'] },
      ],
    );
    // Before: the full payment was read back again, and "yes" paid the whole balance.
    expect(o.turns[1].reply).toMatch(/^Just to confirm: pay your whole balance/);
    expect(o.turns[2].reply).toMatch(/^Just to confirm: split your \$\d+ balance into 3 monthly payments/);
    expect(o.unmet).toEqual([]);
  }, 120_000);

  it('takes "I’ll go with 3 months" as the plan, never the full payment', async () => {
    const o = await converse(
      'healthcare',
      [
        ...VERIFIED,
        "I'll go with 3 months, I'd rather get it cleared quickly.",
        "Yes, that's right. Please set it up.",
      ],
      [{ tool: 'pay_in_installments', result: { created: true } }, { never_tools: ['pay_by_card_or_link'] }],
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).at(-1)?.arguments).toMatchObject({ months: 3 });
  }, 120_000);

  it('still pays the whole balance on a plain yes', async () => {
    const o = await converse('healthcare', [...VERIFIED, 'yes please'], {
      tool: 'pay_by_card_or_link',
      result: { paid: true },
    });
    expect(o.unmet).toEqual([]);
  }, 120_000);
});
