import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * Found by talking to the support desk: "we got billed for 12 seats but only have 9" showed the invoice,
 * then "can you fix that" went back to the front desk ("fix" is a word of its routing), which answered
 * "I can help with technical support and sales". A short request of us pointing back at the record just
 * shown stays with the desk that showed it: it says what it can do with it and offers a person, rather
 * than saying the invoice again.
 */
describe('a request about the record just shown stays with its desk', () => {
  it('"can you fix that" after the invoice: Billing says what it can do', async () => {
    const o = await converse(
      'support',
      [
        'hi, we got billed for 12 seats last month but we only have 9 users. account ACC-1004',
        'can you fix that',
      ],
      { tool: 'lookup_invoice', result: { found: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].agent).toBe('Billing');
    expect(o.turns[1].reply).toMatch(/refund/);
    expect(o.turns[1].reply).toMatch(/member of our team/);
    expect(toolsOf(o).map((t) => t.tool)).toEqual(['lookup_invoice']);
  }, 120_000);

  it('a new topic said after the look-up still leaves', async () => {
    const o = await converse(
      'support',
      ['what was invoice INV-2033 for?', 'our webhook stopped firing yesterday, can you check it'],
      { handoff: 'TechSupport' },
    );
    expect(o.unmet).toEqual([]);
  }, 120_000);
});
