import { describe, expect, it } from 'vitest';
import { forbidsAction } from '../../../src/models/offline/toolActions.ts';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// ACC-1010 has a pending order ORD-0002 for 4 seats. Chat probes, 2026-11-28: "…I placed an order for
// some extra seats a while back where's that at" was read as a new order (how many?), and "cancel it— no
// hang on don't cancel it just knock it down to two" read back a cancellation that the next "yep" made.
describe('a change said not to be made is never read back', () => {
  it('"where\'s that at" asks how the order stands, and "don\'t cancel it, make it 2" changes the quantity', async () => {
    const o = await converse(
      'support',
      [
        'account ACC-1010 here, we put in an order for extra seats last month, where is it at?',
        "ugh ok cancel it... wait no, don't cancel it, just drop it down to two seats",
        'yes',
      ],
      {
        tool: 'change_order_quantity',
        result: { orderId: 'ORD-0002', quantity: 2 },
        never_tools: ['cancel_order'],
      },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o)[0]?.tool).toBe('check_order_status');
    expect(o.turns[1].reply).toMatch(/^Just to confirm: change your latest order to 2/);
  }, 180_000);

  it('reads "don\'t cancel", "do not close", but not "why don\'t you cancel it"', () => {
    expect(forbidsAction("no don't cancel it", 'cancel_order')).toBe(true);
    expect(forbidsAction('please do not close the account', 'close_account')).toBe(true);
    expect(forbidsAction("why don't you just cancel it", 'cancel_order')).toBe(false);
    expect(forbidsAction('cancel it please', 'cancel_order')).toBe(false);
  });
});
