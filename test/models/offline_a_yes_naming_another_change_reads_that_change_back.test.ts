import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// dev28 rows (support): to the read-back of an order's cancellation, "keep it, but make it 2 seats
// instead of 4" and "Yes, change ORD-0002 to 2 seats" read the cancellation back again (a yes would
// have cancelled the order); to a plan change's, "Yes, refund $17.88 on INV-2041" ran the plan change.
describe('a yes naming another change reads that change back', () => {
  it('reads back the quantity change asked for at the cancellation, and changes the order on a yes', async () => {
    const o = await converse(
      'support',
      [
        'hi, account ACC-1010 here, please cancel our latest order',
        "hmm no, let's keep it but make it 3 seats instead of 4",
        'yes',
      ],
      { tool: 'change_order_quantity', result: { quantity: 3 } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/change your latest order to 3/);
    expect(toolsOf(o).some((t) => t.tool === 'cancel_order')).toBe(false);
  }, 180_000);

  it('reads back the change a yes names by its action', async () => {
    const o = await converse(
      'support',
      ['hi, account ACC-1010 here, please cancel our latest order', 'yes, change ORD-0002 to 3 seats'],
      { reply: 'change order ORD-0002 to 3' },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).some((t) => t.tool === 'cancel_order')).toBe(false);
  }, 180_000);
});
