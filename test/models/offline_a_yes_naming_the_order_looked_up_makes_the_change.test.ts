import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

/**
 * An order looked up (ORD-0002, 4 seats), "can we drop it to 2 seats", the read-back "change your latest
 * order to 2 in all", and the caller agrees saying the order's id: "Yep, ORD-0002 down to 2 seats." The id
 * was not in the read-back, so the yes was heard as a new request and read back again (and again): the
 * order the caller names is the one just looked up, so the yes makes the change read back.
 */
describe('a yes naming the order just looked up makes the change', () => {
  it('changes the seat order on the first yes', async () => {
    const o = await converse(
      'support',
      [
        "hiya, it's ACC-1010 — did the extra seats we ordered go through?",
        'can we drop it to 2 seats',
        'Yep, ORD-0002 down to 2 seats.',
      ],
      { tool: 'change_order_quantity', result: { found: true, quantity: 2 } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns.filter((t) => /just to confirm/i.test(t.reply))).toHaveLength(1);
  }, 180_000);
});
