import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// A QA chat (stop 55): the refund's read-back named the invoice and never the sum, and the caller
// agreed to a refund whose size they had not heard. The invoice's look-up gives what is left to
// refund (`refundable`); once the conversation holds that answer, the read-back names it, also when it
// is said again. No look-up runs only for the read-back: a look-up by invoice number establishes the
// account, and "sorry, I meant INV-2044" would then find nothing.
describe('a refund read-back names the sum in hand', () => {
  it('names the sum the look-up gave, and again after the reason', async () => {
    const o = await converse(
      'support',
      ['what was invoice INV-2039 for?', 'can you refund it', 'we were overcharged on minutes', 'yes'],
      { tool: 'issue_refund', result: { refunded: true, invoiceId: 'INV-2039', amount: '$112.40' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toBe(
      'Just to confirm: a refund of $112.40 on invoice INV-2039 to the card on file. Shall I go ahead?',
    );
    expect(o.turns[2].reply).toMatch(/^Just to confirm: a refund of \$112\.40 on invoice INV-2039/);
  }, 180_000);

  // "The rest" after a part was refunded: what is left ($89), not the part said before ($10) nor the
  // sum the look-up gave before the first refund ($99).
  it('refunds the rest on "the rest", never naming a sum the first refund made stale', async () => {
    const o = await converse(
      'support',
      [
        'what was INV-2046 for?',
        'refund $10 of it please, the line was down',
        'yes',
        'can you refund the rest of it too',
        'yes',
      ],
      { tool: 'issue_refund', result: { refunded: true, amount: '$89.00' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[3].reply).toMatch(/^Just to confirm: a refund on invoice INV-2046/);
  }, 180_000);

  it('looks nothing up for a refund asked cold, so a corrected invoice of another account is refunded', async () => {
    const o = await converse(
      'support',
      ['can I get a refund for invoice INV-2045, we were charged twice', 'sorry, I meant INV-2044', 'yes'],
      { tool: 'issue_refund', result: { refunded: true, invoiceId: 'INV-2044' } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).map((c) => c.tool)).toEqual(['issue_refund']);
  }, 180_000);

  it('says an open invoice is not paid yet when it is looked up', async () => {
    const o = await converse('support', ['how much was INV-2049?'], { reply: "it's open, not paid yet" });
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
