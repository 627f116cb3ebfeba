import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

/**
 * An integrity fault: the billing desk read a payment back as corrected ("pay $50 of your $145 balance
 * by card") and, on the yes, paid the amount first asked ($40). The desk has no memory: the front desk
 * relays the request with the correction, and the desk read the first amount said. The correction now
 * goes first. Also: "…for $120, and I would like to pay that amount now" pays $120, not the whole
 * balance ("that amount" is the one just said), and "rather than using the card on file … a link" pays
 * by link (dev24-healthcare-10: read back "$120 by link", paid $145 by card).
 */
describe('a yes pays what was read back after a correction', () => {
  it('pays the corrected amount', async () => {
    const o = await converse(
      'healthcare',
      [
        "hi, Dana Ruiz, born March 12 1984, I'd like to pay $40 of my bill with my card",
        'actually make it $50',
        'yes go ahead',
      ],
      { tool: 'pay_by_card_or_link', result: { paid: true, amount: '$50' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/\$50/);
    expect(toolsOf(o).filter((t) => t.tool === 'pay_by_card_or_link')).toHaveLength(1);
  }, 180_000);

  it('pays the amount the message named, by the method not given up', async () => {
    const o = await converse(
      'healthcare',
      [
        'Hello, Dana Ruiz, date of birth March 12, 1984. My X-ray statement ST-7002 is for $120 and I would like to pay that amount now. Rather than using the card on file, please text me a payment link.',
        'Yes, please send it.',
      ],
      { tool: 'pay_by_card_or_link', result: { linkSent: true, amount: '$120' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(/\$120 of your \$145 balance by link/);
  }, 180_000);
});
