import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// A customer giving their account ID has not asked for anything done to the account. After "our sms
// messages stopped sending", TechSupport asked for "a call or webhook ID, or your account ID", and
// "account is ACC-1007" unlocked a sign-in: the word "account", which only labels the ID, had matched
// `unlock_account` (referenceLabels.ts). Saying what is wrong with the sign-in still unlocks it.
const ran = (o: Awaited<ReturnType<typeof converse>>) => toolsOf(o).map((t) => t.tool);

describe('an account ID given for another problem changes nothing', () => {
  it('does not unlock or reset a sign-in when the ID answers a question about failing messages', async () => {
    const o = await converse(
      'support',
      ['hey our sms messages stopped sending since this morning', 'account is ACC-1007'],
      {
        never_tools: ['unlock_account', 'send_password_reset', 'close_account'],
      },
    );
    expect(o.unmet).toEqual([]);
    expect(ran(o)).not.toContain('unlock_account');
  }, 180_000);

  it('still unlocks when the customer said they are locked out', async () => {
    const o = await converse('support', ["I'm locked out of my account", 'account is ACC-1007'], {
      tool: 'unlock_account',
    });
    expect(o.unmet).toEqual([]);
  }, 180_000);

  it('still refunds "refund INV-2044": a refund is what the customer wants done to the invoice', async () => {
    const o = await converse('support', ['refund INV-2044 please', 'yes'], { tool: 'issue_refund' });
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
