import { describe, expect, it } from 'vitest';
import { matchTool } from '../../../src/models/offline/toolMatcher.ts';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// "I received a statement from your clinic for an office visit, and I am afraid the amount is rather more
// than I can manage in one payment at present. Might it be possible to arrange to pay it in instalments?"
// (dialogue batch 22, dev): the story's words tied the card payment with the payment plan, the balance
// was read out, and "Six months would be most manageable" then got the front desk's menu.
const balance = {
  name: 'lookup_balance',
  description: 'What the patient owes: the balance and its statements.',
};

describe('a payment plan asked for after the caller tells their story', () => {
  it('is the question at the end that decides between two near-tied tools', () => {
    const receipt = {
      name: 'send_receipt',
      description: 'Send a receipt for a visit: the statement, the amount paid and the date.',
    };
    const visit = {
      name: 'find_visit',
      description: 'Find a follow-up visit: when the next visit with the doctor is.',
    };
    // The story (paid, amount, statement) and the question score within a hair of each other.
    expect(
      matchTool('I paid the amount on the statement. When is my next follow-up?', [receipt, visit])?.name,
    ).toBe('find_visit');
    // Not a tie: the words decide as before, whatever the last question names.
    expect(
      matchTool('Please send a receipt for my visit, the statement and the amount paid. Is that ok?', [
        receipt,
        visit,
      ])?.name,
    ).toBe('send_receipt');
  });

  it('is the change of the verb said whose object is said too', () => {
    const pay = {
      name: 'pay_by_card_or_link',
      description: 'Pay the bill or part of it off now, by card or a link.',
      sideEffect: true,
    };
    const instalments = {
      name: 'pay_in_installments',
      description: 'Set up a payment plan: monthly payments over 3, 6 or 12 months.',
      sideEffect: true,
    };
    const tools = [pay, instalments, balance];
    expect(matchTool('is there any way I could pay it off in instalments', tools)?.name).toBe(
      'pay_in_installments',
    );
    // The verb alone chooses no sibling: the words decide as before.
    expect(matchTool('I want to pay off the whole thing by card today', tools)?.name).toBe(
      'pay_by_card_or_link',
    );
  });

  it('is set up over the months said, once the caller is verified', async () => {
    const o = await converse(
      'healthcare',
      [
        "Hello. Your statement for my last office visit arrived and I'm afraid it's more than I can pay in one go right now. Would it be possible to pay it off in instalments?",
        'Yes, of course. Samuel Okoro, born on the second of January 1969.',
        'Six months would suit me best, I think.',
        'Yes, please go ahead.',
      ],
      { tool: 'pay_in_installments', result: { created: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('pay_by_card_or_link');
  }, 180_000);
});
