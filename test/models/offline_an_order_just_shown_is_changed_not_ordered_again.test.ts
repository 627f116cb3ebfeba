import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * Right after Sales showed an order (ORD-0002 for ACC-1010: 4 seats, being set up), "make it 6 seats
 * instead" and "we only need 2 now" are changes to that order. They used to place a second order (the
 * values "6 seats" are a new order's too), and "change it to 6 please" left Sales for the front desk.
 * A message that gives an order's values while speaking of one already placed is no new order either.
 */
describe('an order just shown is changed, not ordered again', () => {
  it('"can we make it 6 seats instead?" changes the order just shown', async () => {
    const outcome = await converse(
      'support',
      ["has our order gone through yet? it's ACC-1010", 'great, can we make it 6 seats instead?', 'yes'],
      { tool: 'change_order_quantity', result: { orderId: 'ORD-0002', quantity: 6 } },
    );
    expect(outcome.completed).toBe(true);
    expect(toolsOf(outcome).map((t) => t.tool)).not.toContain('place_order');
  });

  it('"change it to 6 please" stays with Sales and changes it', async () => {
    const outcome = await converse(
      'support',
      ['hi, any news on the seats we ordered? account ACC-1010', 'change it to 6 please', 'yes'],
      { tool: 'change_order_quantity', result: { orderId: 'ORD-0002', quantity: 6 } },
    );
    expect(outcome.completed).toBe(true);
    expect(outcome.turns[1].handoffs).toEqual([]);
  });

  it('"actually we only need 2 now" after the status is a change to 2', async () => {
    const outcome = await converse(
      'support',
      ['hi, any news on the seats we ordered?', 'ACC-1010', 'actually we only need 2 now', 'yes'],
      { tool: 'change_order_quantity', result: { orderId: 'ORD-0002', quantity: 2 } },
    );
    expect(outcome.completed).toBe(true);
  });

  it('"any news on the seats we ordered? account ACC-1010" looks the order up, asks no quantity', async () => {
    const outcome = await converse('support', ['hi, any news on the seats we ordered? account ACC-1010'], {
      tool: 'check_order_status',
      result: { orderId: 'ORD-0002' },
    });
    expect(outcome.completed).toBe(true);
    expect(outcome.turns[0].reply).not.toMatch(/how many/i);
  });

  it('a new order after the status is still a new order when the customer says so', async () => {
    const outcome = await converse(
      'support',
      ["has our order gone through yet? it's ACC-1010", "we'd also like to order 3 more numbers", 'yes'],
      { tool: 'place_order', result: { item: 'numbers', quantity: 3 } },
    );
    expect(outcome.completed).toBe(true);
    expect(toolsOf(outcome).map((t) => t.tool)).not.toContain('change_order_quantity');
  });
});
