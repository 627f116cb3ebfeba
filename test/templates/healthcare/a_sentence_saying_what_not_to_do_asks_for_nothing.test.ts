import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// "no card on file either so dont try. can i spread it out" (dialogue batch 26, dev): the sentence
// telling us what not to do named the card, the card payment was read back, and the "yes" that followed
// texted a payment link for the whole bill the caller had just said they could not pay.
describe('a sentence saying what not to do', () => {
  it('is left out of what the caller asks for', async () => {
    const o = await converse(
      'healthcare',
      [
        'Samuel Okoro, born 1969-01-02',
        "I can't manage it in one go. Don't even try the card, it's maxed out. Could I pay it off monthly?",
        '6 months',
        'yes please',
      ],
      { tool: 'pay_in_installments' },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/how many months/i);
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('pay_by_card_or_link');
  }, 180_000);
});
