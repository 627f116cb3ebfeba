import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

/**
 * Two requests in everyday words the front desk did not serve (dev24-healthcare-07, -08):
 * - "i can't really pay all that in one go. can i split it up?" right after the billing desk gave the
 *   balance: a follow-up to a desk's answer went back to it only when short; a longer message's closing
 *   question is the follow-up, the rest its reason;
 * - "i'm ringing about me knee physio appointment, it's tomorrow at four and i can't make it" went to
 *   the clinical line for the knee: saying what the call is about is a request, and the appointment is
 *   the front desk's.
 */
describe('a payment plan and a missed visit asked in everyday words', () => {
  it('sets up the plan asked for as splitting the balance', async () => {
    const o = await converse(
      'healthcare',
      [
        'what do I owe you',
        'Hannah Kowalski, 8 December 1999',
        "oof, I can't pay all of that in one go. can I split it up?",
        '3 months',
        'yes',
      ],
      { tool: 'pay_in_installments' },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).find((t) => t.tool === 'pay_in_installments')?.result).toMatchObject({});
  }, 180_000);

  it('keeps a call about a body part’s appointment at the front desk', async () => {
    const o = await converse(
      'healthcare',
      ["hello, I'm calling about my knee physio appointment tomorrow, I won't be able to make it"],
      { reply: 'verify your identity' },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].agent).toBe('Receptionist');
  }, 180_000);
});
