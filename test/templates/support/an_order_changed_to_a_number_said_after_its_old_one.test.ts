import { describe, expect, it } from 'vitest';
import { converse } from '../../models/offlineScenario.ts';

// ACC-1010's order ORD-0002 is for 4 seats. "i make order of 4 seats … is possible to change the order
// to 6 seats instead?" (dialogue batch 25) was read back as 4, the number said first: the number after
// "change the order to" is the one wanted.
describe('an order changed to a number said after the one it was', () => {
  it('reads back and makes the new number', async () => {
    const o = await converse(
      'support',
      [
        'morning, we put through an order for 3 seats on ACC-1010 last week. could you change the order to 5 seats instead?',
        'ORD-0002',
        'yes',
      ],
      { tool: 'change_order_quantity', result: { orderId: 'ORD-0002', quantity: 5 } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toContain('to 5 in all');
  }, 180_000);
});
