import { describe, expect, it } from 'vitest';
import { findNumber } from '../../../src/models/offline/numberSaid.ts';
import { converse } from '../../models/offlineScenario.ts';

/**
 * "the seats one, ORD-0002. It was for four seats but we've hired two more people, so can it be six in
 * total instead?": the order is named by a reference only a change of an order takes, yet a new order
 * of 6 seats was placed, read back as 2 ("two more") (dev24). A message naming such a reference speaks
 * of an order that exists, and the number said as the total is the new quantity.
 */
describe('a change to an order named by its reference', () => {
  it('reads the number said "in total" or "in all" as the quantity', () => {
    expect(findNumber("we've hired two more people, so can it be six in total instead?", 'quantity')).toBe(6);
    expect(findNumber('3 more, so 9 seats in all', 'quantity')).toBe(9);
    expect(findNumber('I ordered 4 seats but we actually need 6', 'quantity')).toBe(6);
  });

  it('changes the order rather than placing a new one', async () => {
    const o = await converse(
      'support',
      [
        'hi, account ACC-1010, Ravi Shah',
        'the seats order ORD-0002 was for 4 but two more people joined, can it be 6 in total instead?',
        'yes please',
      ],
      [
        { tool: 'change_order_quantity', result: { found: true, orderId: 'ORD-0002', quantity: 6 } },
        { never_tools: ['place_order'] },
      ],
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
