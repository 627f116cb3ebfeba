import { describe, expect, it } from 'vitest';
import { findMoneyFor } from '../../src/models/offline/amounts.ts';
import { converse, toolsOf } from './offlineScenario.ts';

// A dev28 row (support): "That's the invoice minus the $29 plan fee, so $17.88" to "How much of it should
// I refund?" read the first amount, and the plan its fee named was read back as a plan change.
describe('a sum said to the refund question is the amount', () => {
  it('reads the amount a sum comes to', () => {
    expect(findMoneyFor('amount', 'the total minus the $29 base fee, so $17.88')).toBe(17.88);
    expect(findMoneyFor('amount', '$46.88 less $29 comes to $17.88')).toBe(17.88);
    // No sum: the first amount, as before.
    expect(findMoneyFor('amount', 'refund $20 of the $46.88')).toBe(20);
  });

  it('reads back the refund of what the sum comes to', async () => {
    const o = await converse(
      'support',
      [
        'invoice INV-2041 looks too high to me',
        'could you refund part of it?',
        'well take off the $29 plan fee, which is fair, so $17.88',
      ],
      { reply: 'a refund of \\$17\\.88 on invoice INV-2041' },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).some((t) => t.tool === 'change_plan')).toBe(false);
  }, 180_000);
});
