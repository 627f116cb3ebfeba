import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

/**
 * Callers who say what happened rather than name the fix (dev24, 2026-11-28):
 * - locked out, then "I guess I put the wrong password in too many times" with the account: the lock
 *   asked about is undone (a password reset link had been sent, the word "password" outweighing it);
 * - "it came out twice so I just want the whole thing back": a refund (the desk listed what it does);
 * - "aye, go on then" to the read-back: a yes;
 * - "he ordered some extra seats and wants to increase it": a change to that order (a new order had
 *   been asked for, and then placed).
 */
describe('a caller who says what happened gets the fix for it', () => {
  it('unlocks a sign-in locked by wrong passwords', async () => {
    const o = await converse(
      'support',
      [
        "hey, the dashboard won't let me in, it says the account is locked",
        'I guess I put the wrong password in too many times. Account ACC-1007.',
      ],
      { tool: 'unlock_account' },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('send_password_reset');
  }, 180_000);

  it('refunds the whole charge wanted back, on an "aye"', async () => {
    const o = await converse(
      'support',
      [
        'hello, I was billed twice for February',
        'invoice INV-2041',
        'yes that one, it came out of my card twice so I just want the whole thing back',
        'aye, go on then',
      ],
      { tool: 'issue_refund', result: { invoiceId: 'INV-2041', refunded: true } },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);

  it('changes the order someone else placed when asked to increase it', async () => {
    const o = await converse(
      'support',
      [
        "I'm the office manager at Shah Dev Studio. My boss ordered some extra seats last week and wants to increase it.",
        "It's account ACC-1010, order ORD-0002.",
        'Six seats in total please.',
        'Yes, go ahead.',
      ],
      { tool: 'change_order_quantity', result: { orderId: 'ORD-0002', quantity: 6 } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('place_order');
  }, 180_000);
});
