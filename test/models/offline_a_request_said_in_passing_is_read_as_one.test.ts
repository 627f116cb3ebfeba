import { describe, expect, it } from 'vitest';
import { findCompanyName } from '../../src/models/offline/personNames.ts';
import { matchTool } from '../../src/models/offline/toolMatcher.ts';
import { billingTools } from '../../templates/support/tools.ts';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * Requests customers make in passing, found in the tunable dev10 conversations: "can I get that
 * refunded?" (the action as a past participle), "Hello, please what is the difference…?" (a question
 * after a greeting, not an order of 5000 minutes), "company Watanabe Clinic" in a list of details, and
 * a phone number given beside a question about a booking.
 */
const docs = billingTools.map((t) => ({
  name: t.name,
  description: t.description,
  sideEffect: t.sideEffect,
}));

describe('a request said in passing is read as one', () => {
  it('"can I get that refunded?" asks for the refund, not the invoice', () => {
    expect(matchTool('Can I get that refunded?', docs)?.name).toBe('issue_refund');
    expect(matchTool('could we have the invoice refunded', docs)?.name).toBe('issue_refund');
  });

  it('a refund asked with its reason is read back, then issued', async () => {
    const outcome = await converse(
      'support',
      [
        "I was billed for February on INV-2044 but we'd paused everything that month. Can I get that refunded?",
        'yes',
      ],
      { tool: 'issue_refund', result: { invoiceId: 'INV-2044' } },
    );
    expect(outcome.completed).toBe(true);
    expect(outcome.turns[0].reply).toMatch(/^Just to confirm: a refund on invoice INV-2044/);
  });

  it('a question after a greeting is no order: no account is asked for', async () => {
    const outcome = await converse(
      'support',
      [
        'Hello, please what is the difference between Growth and Scale? We are small clinic, maybe 5000 minutes in month',
      ],
      { handoff: 'Sales', never_tools: ['place_order'] },
    );
    expect(outcome.turns[0].reply).not.toMatch(/account ID/i);
    expect(toolsOf(outcome).map((t) => t.tool)).not.toContain('place_order');
  });

  it('"company Watanabe Clinic" among the details names the company', () => {
    expect(
      findCompanyName('Kenji Watanabe, kenji@watanabeclinic.example, company Watanabe Clinic, next Tuesday'),
    ).toBe('Watanabe Clinic');
  });

  it('a phone number beside a question about a booking does not keep it at the front desk', async () => {
    const outcome = await converse(
      'salon',
      [
        'Hi, what time is my appointment on the 10th of June? The phone number is 07700 900101',
        "who's it with?",
      ],
      { tool: 'get_booking' },
    );
    expect(outcome.completed).toBe(true);
    expect(outcome.turns[0].agent).toBe('CustomerService');
    // The record shown answers "who's it with?": said again, not a fallback that forgets it.
    expect(outcome.turns[1].reply).toContain('with Maya');
  });
});
