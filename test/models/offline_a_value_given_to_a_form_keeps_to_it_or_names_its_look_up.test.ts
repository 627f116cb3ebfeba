import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// TechSupport asks "What's your account ID?" for the call log. "sure, Herrera Logistics, account
// ACC-1002" shares "account" with unlock_account, and the account was unlocked instead: a change the
// reply names neither by action nor by object (outside the value's own label, "account ID") is not asked
// for by giving a value. "ACC-1004, it's the webhook to our CRM that's broken" names the webhook check
// and not the call log: the customer says which look-up they meant, and it takes the account too.
describe('a value given to a form keeps to it, or names its look-up', () => {
  it('an account ID said with "account" continues the call log', async () => {
    const o = await converse(
      'support',
      ['our inbound calls keep failing today', 'sure, Herrera Logistics, account ACC-1002'],
      [
        { tool: 'fetch_call_log', result: { found: true, accountId: 'ACC-1002' } },
        { never_tools: ['unlock_account'] },
      ],
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);

  it('an account ID said with "the webhook" runs the webhook check', async () => {
    const o = await converse(
      'support',
      [
        "call events aren't getting through to our system anymore",
        "ACC-1004, it's the webhook to our CRM that's broken",
      ],
      { tool: 'run_webhook_diagnostic', result: { found: true, accountId: 'ACC-1004' } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).at(-1)?.tool).toBe('run_webhook_diagnostic');
  }, 180_000);

  it('a refund named while a plan is asked is still the refund', async () => {
    const o = await converse(
      'support',
      [
        'i downgraded last month but INV-2054 still charged me the old plan, can i get it back',
        'refund the lot please, we dropped growth',
        'yes',
      ],
      { tool: 'issue_refund', result: { refunded: true, invoiceId: 'INV-2054' } },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
