import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// "INV-2054 was $108.80 but im on the 99 a month plan?? i want the extra refunded" named the plan and
// the refund; the plan matched better and the customer was asked which plan to move to. What they say
// they want ("i want … refunded") is the change (wantedChange.ts). Then "yes refund the 9.80" at the
// read-back of $108.80 refunded $108.80: "9.80" after "refund" is money (amounts.ts), and a yes that says
// another amount than the one read back refunds that amount, never the one read (chosenToolStep.ts).
const turns = [
  'hi, my last invoice INV-2054 was $108.80 but im on the 99 a month plan?? i want the extra refunded',
  'yes refund the 9.80',
  'yes',
];

describe('a refund wanted beside a plan named reads back the refund', () => {
  it('reads back a refund, never asks which plan, and refunds the amount said at the read-back', async () => {
    const o = await converse('support', turns, {
      tool: 'issue_refund',
      result: { refunded: true, invoiceId: 'INV-2054', amount: '$9.80' },
      never_tools: ['change_plan'],
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(/refund/i);
    expect(o.turns[0].reply).not.toMatch(/which plan/i);
    expect(o.turns[1].reply).toMatch(/\$9\.80/);
    expect(toolsOf(o).filter((t) => t.tool === 'issue_refund')).toHaveLength(1);
  }, 180_000);

  it('still moves the plan when that is what is wanted: "i want to switch to Scale"', async () => {
    const o = await converse(
      'support',
      ['im on Growth, i want to switch to Scale, account ACC-1002', 'yes'],
      {
        tool: 'change_plan',
      },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
