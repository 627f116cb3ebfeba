import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// "The plan is $29 a month, so the rest is overage … I'd like just the overage refunded, $17.88." read
// the plan's monthly price as the refund: $29 was read back and refunded. A price by the period is what
// something costs; beside another amount, the other one is asked for.
describe('a price by the month is not the refund asked', () => {
  it('refunds the $17.88 said, not the $29 a month', async () => {
    const o = await converse(
      'support',
      [
        'can you pull up INV-2041 for me',
        "our plan's only $29/month so the rest is overage from when your calls were failing. please refund the overage, $17.88",
        'yes',
      ],
      { tool: 'issue_refund', result: { refunded: true, amount: '$17.88' } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).filter((c) => c.tool === 'issue_refund')).toHaveLength(1);
  }, 180_000);

  // "just the overage part, 17.88" (no "$") read the read-back again, twice, then offered a person.
  it('reads a bare 17.88 said to the refund as dollars and cents', async () => {
    const o = await converse(
      'support',
      ['refund for INV-2041 please, the overage was your mistake', 'only the overage, 17.88', 'yes go ahead'],
      { tool: 'issue_refund', result: { refunded: true, amount: '$17.88' } },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
