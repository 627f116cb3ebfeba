import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * "I ordered 4 seats the other week but we actually need 6": the order was read back as 4 (the first
 * number of the message), and "yes 6 in total" was taken as agreement — the order was set to 4, the
 * opposite of what the customer said. The number after the turn ("but … actually need 6") is the one
 * wanted, and a reply to a read-back that changes a value it said is read back again, never made as read.
 */
describe('a changed number at the read-back is read back again', () => {
  it('"ordered 4 … actually need 6" reads back 6 and changes the order to 6 on a yes', async () => {
    const o = await converse(
      'support',
      ['hey I ordered 4 seats the other week but we actually need 6. can that be changed? ACC-1010', 'yes'],
      { tool: 'change_order_quantity', result: { found: true, quantity: 6 } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(/^Just to confirm: change your latest order to 6 in all/);
  }, 120_000);

  it('"yes 6 in total" to a read-back of 4 is read back as 6, nothing changed yet', async () => {
    const o = await converse(
      'support',
      ['can I change the quantity on my order to 4 seats? ACC-1010', 'yes 6 in total', 'yes'],
      { tool: 'change_order_quantity', result: { found: true, quantity: 6 } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(/to 4 in all/);
    expect(o.turns[1].reply).toMatch(/^Just to confirm: change your latest order to 6 in all/);
    const changes = toolsOf(o).filter((t) => t.tool === 'change_order_quantity');
    expect(changes).toHaveLength(1);
  }, 120_000);
});
