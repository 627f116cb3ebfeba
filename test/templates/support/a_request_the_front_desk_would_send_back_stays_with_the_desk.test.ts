import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

/**
 * "ok not upgrading yet. can I just add 3 more phone numbers to my account?" said to Sales after a price
 * comparison: Sales' router read "upgrading" and "account" as another desk's and handed the message back;
 * the front desk, which would have sent it straight to Sales, could not send it back where it came from
 * on the same turn, and Billing read out an invoice (dev23). A message the front desk's own router hands
 * to this desk is this desk's: it is not handed back.
 */
describe('a request the front desk would send back stays with the desk', () => {
  it('orders the numbers at Sales instead of handing the message back', async () => {
    const o = await converse(
      'support',
      [
        "hi, how does growth compare to starter on price? we're on starter right now",
        'ok not upgrading yet. can I just add 3 more phone numbers to my account? ACC-1005',
        'yes please',
      ],
      [
        { tool: 'place_order', result: { found: true, accountId: 'ACC-1005', item: 'numbers', quantity: 3 } },
        { never_tools: ['change_plan', 'lookup_invoice'] },
      ],
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].agent).toBe('Sales');
    expect(toolsOf(o).map((t) => t.tool)).toContain('lookup_pricing');
  }, 180_000);
});
