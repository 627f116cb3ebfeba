import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

/**
 * "Shall I go ahead?" answered with thanks, right after the customer asked for that change in words,
 * takes the offer, as it would at a desk: the read-back had been said again and again and nothing was
 * done. Thanks to a change the customer never named ("can I get my money back?") agrees to nothing;
 * "thanks anyway" is a polite no and stops there.
 */
describe('thanks to the read-back of a change the customer asked for makes it', () => {
  it('refunds on "brilliant, thank you!" after "please refund…"', async () => {
    const o = await converse(
      'support',
      ['please refund invoice INV-2041, it was a duplicate', 'brilliant, thank you!'],
      {
        tool: 'issue_refund',
        result: { refunded: true },
      },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].tools.map((t) => t.tool)).not.toContain('issue_refund');
  }, 180_000);

  it('cancels on thanks signed like a letter, the signature no value', async () => {
    const o = await converse(
      'salon',
      [
        'I need to cancel my cut and blow-dry on the 10th of June, the phone number on it is 07700 900101',
        'Many thanks. Kind regards, Maya Patel',
      ],
      { tool: 'cancel_booking', result: { cancelled: true } },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);

  it('does nothing on thanks to a change never named: the read-back stands', async () => {
    const turns = ['I was charged twice on INV-2041, can I get my money back?', 'thanks!'];
    const o = await converse('support', turns, { never_tools: ['issue_refund'] });
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/Shall I go ahead\?/);
  }, 180_000);

  it('stops on "thanks anyway" or "I\'ll leave it for now, thanks", as on a no', async () => {
    for (const no of ['thanks anyway', "I'll leave it for now, thanks"]) {
      const turns = ['please refund invoice INV-2041, it was a duplicate', no];
      const o = await converse('support', turns, { never_tools: ['issue_refund'] });
      expect(o.unmet, no).toEqual([]);
      expect(o.turns[1].reply, no).toMatch(/nothing was changed/);
    }
  }, 180_000);
});
