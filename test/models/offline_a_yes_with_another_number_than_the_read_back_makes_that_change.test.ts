import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * "I ordered 4 seats the other week but we actually need 6": the order was read back as 4 (the first
 * number of the message), and "yes 6 in total" was taken as agreement — the order was set to 4, the
 * opposite of what the customer said. The number after the turn ("but … actually need 6") is the one
 * wanted, and a yes that says another value than the one read back is a yes to that value: the change
 * is made with it, never with the value read.
 */
describe('a yes that says another number than the read-back makes the change with that number', () => {
  it('"ordered 4 … actually need 6" reads back 6 and changes the order to 6 on a yes', async () => {
    const o = await converse(
      'support',
      ['hey I ordered 4 seats the other week but we actually need 6. can that be changed? ACC-1010', 'yes'],
      { tool: 'change_order_quantity', result: { found: true, quantity: 6 } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(/^Just to confirm: change your latest order to 6 in all/);
  }, 120_000);

  it('"yes 6 in total" to a read-back of 4 changes the order to 6, never to 4', async () => {
    const o = await converse(
      'support',
      ['can I change the quantity on my order to 4 seats? ACC-1010', 'yes 6 in total'],
      { tool: 'change_order_quantity', result: { found: true, quantity: 6 } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(/to 4 in all/);
    const changes = toolsOf(o).filter((t) => t.tool === 'change_order_quantity');
    expect(changes).toHaveLength(1);
    expect(changes[0].arguments).toMatchObject({ quantity: 6 });
  }, 120_000);
});
