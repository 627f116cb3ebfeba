import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// Two ways a change to an existing order was lost. "Rather than cancelling, can you take it from 4 seats
// down to 2?" to the cancellation's read-back was heard as a question the desk could not answer, and the
// next "yes, 2 seats in total" cancelled the order. And "change that one rather than putting in a second
// order" to a new order's read-back placed a second order ("the seats one" had also been read as 1 seat).
describe('an order changed rather than cancelled or ordered again', () => {
  it('reads back the new count in place of the cancellation and changes the order on a yes', async () => {
    const o = await converse(
      'support',
      [
        'Hi, account ACC-1010. I ordered some extra seats last week and want to cancel that.',
        'Actually no. We still need a couple. Rather than cancelling, can you take it from 4 seats down to 2?',
        'Yes, 2 seats in total please.',
      ],
      [
        { tool: 'change_order_quantity', result: { orderId: 'ORD-0002', quantity: 2 } },
        { never_tools: ['cancel_order'] },
      ],
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/^Just to confirm: change your latest order to 2 in all/);
  }, 180_000);

  it('changes the order there is instead of placing a second one', async () => {
    const o = await converse(
      'support',
      [
        "Hi, I work with Ravi Shah. He put in an order for seats the other week and we've hired since.",
        "It's on ACC-1010. No order number to hand, it's the seats one.",
        'It has 4 now I think. We want 7 in total. Can you change that one rather than making a new order?',
        'Yes, 7 altogether.',
      ],
      [
        { tool: 'change_order_quantity', result: { orderId: 'ORD-0002', quantity: 7 } },
        { never_tools: ['place_order'] },
      ],
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).not.toMatch(/an order of 1 seats/);
    expect(toolsOf(o).filter((t) => t.tool === 'change_order_quantity')).toHaveLength(1);
  }, 180_000);

  it('places the order read back when the yes says only that the customer is not a new one', async () => {
    const o = await converse(
      'support',
      ["Hi, account ACC-1010, I'd like to order 3 more seats", "Yes, I'm not a new customer by the way"],
      [{ tool: 'place_order', result: { quantity: 3 } }, { never_tools: ['change_order_quantity'] }],
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
