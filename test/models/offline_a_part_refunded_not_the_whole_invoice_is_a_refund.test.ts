import { describe, expect, it } from 'vitest';
import { withoutRefusals } from '../../src/models/offline/refusedClauses.ts';
import { converse } from './offlineScenario.ts';

describe('a part of an invoice asked back, "not the whole invoice"', () => {
  it('leaves the thing said after "not" out of what is asked for', () => {
    expect(withoutRefusals('Could the $13.40 be refunded, please, not the whole invoice?')).toBe(
      'Could the $13.40 be refunded, please?',
    );
    expect(withoutRefusals('not the whole invoice')).toBe('not the whole invoice');
  });

  it('reads the part back as a refund, and refunds it on yes', async () => {
    const o = await converse(
      'support',
      [
        "Hello, I'm looking at invoice INV-2039 and it's higher than our usual $99 a month. Could you tell me what it came to?",
        'I see, so roughly $13.40 of that is extra minutes. Could that part be refunded, please, not the whole invoice?',
        'Yes, please go ahead.',
      ],
      { tool: 'issue_refund', result: { refunded: true, amountDollars: 13.4 } },
    );
    // Before: the invoice was looked up again on "invoice", and no refund was read back.
    expect(o.turns[1].reply).toMatch(/^Just to confirm: a refund of \$13\.40 on invoice INV-2039/);
    expect(o.unmet).toEqual([]);
  }, 120_000);
});
