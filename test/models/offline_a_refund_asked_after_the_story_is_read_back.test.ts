import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// "I was billed for February on INV-2044 but we'd paused everything that month. Can I get that
// refunded?": the whole message, mostly the story, fitted the invoice look-up better than the refund,
// and "yes, the whole amount" then fell back. The clause that asks names the change ("refunded"), so
// the refund is read back, and the yes refunds it.
describe('a refund asked after the story is read back', () => {
  it('reads the refund back and refunds on "yes, the whole amount"', async () => {
    const o = await converse(
      'support',
      [
        "I was billed for February on INV-2044 but we'd paused everything that month. Can I get that refunded?",
        'yes, the whole amount',
      ],
      { tool: 'issue_refund', result: { refunded: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(/^Just to confirm: a refund on invoice INV-2044/);
    expect(toolsOf(o).filter((t) => t.tool === 'lookup_invoice')).toEqual([]);
  }, 300_000);
});
