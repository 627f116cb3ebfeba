import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// QA chat probe (2026-11-27): after TechSupport explained a failed call, "Also, can I add 2 more seats
// to my account?" ran TechSupport's `unlock_account` ("account" named it, and the front desk it would
// have been handed back to has no tool to rival it); the order was lost. Handed back to the front desk,
// a request is weighed against the desks it routes to.
describe('a request for another desk after a fix', () => {
  it('reaches the desk that orders, and unlocks nothing', async () => {
    const o = await converse(
      'support',
      [
        'our outbound calls keep failing, account ACC-1002',
        'ok thanks. Also, can I add 2 more seats to my account?',
        'yes',
      ],
      { tool: 'place_order', result: { accountId: 'ACC-1002', quantity: 2 } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('unlock_account');
  }, 120_000);
});
