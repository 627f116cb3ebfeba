import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

// "Yes, the full amount please — we didn't make a single call that month." to a refund's read-back went to
// the calls desk on the word "call", which asked for an account ID, and the refund never ran. A yes said
// first, then why, asking nothing more, makes the change; a yes with a change of plan does not.
describe('a yes with its reason at a read-back makes the change', () => {
  const REFUND =
    "I was charged on invoice INV-2044 for February but we didn't use the service that month. Can I get that refunded?";

  it('refunds on the yes, whatever the reason names', async () => {
    const o = await converse(
      'support',
      [REFUND, "Yes, the full amount please — we didn't make a single call that month."],
      {
        tool: 'issue_refund',
        result: { refunded: true },
      },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].agent).toBe('Billing');
  }, 180_000);

  it('refunds nothing on "yes, but make it a credit instead"', async () => {
    const o = await converse('support', [REFUND, 'yes, but make it a credit on my account instead'], {
      never_tools: ['issue_refund'],
    });
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
