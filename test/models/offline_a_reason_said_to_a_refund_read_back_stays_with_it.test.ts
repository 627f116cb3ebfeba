import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// "can you refund just the overage part it's uh thirteen dollars forty", read back, then "the minutes
// were from a test line that was misconfigured": the router was sure of "test line" and took the caller
// to technical support and sales, and the refund was never made. A statement said to the read-back of
// a change that takes a reason explains the change: it stays, and the read-back is said again
// (forms/reasonAtReadBack.ts). The read-back names the amount when one was named, with its cents.
describe('a reason said to a refund read-back stays with it', () => {
  it('reads back $12.50, keeps the explanation at the read-back, and refunds on yes', async () => {
    const o = await converse(
      'support',
      [
        "I'd like a refund on INV-2039, just the overage, twelve dollars fifty",
        'the extra minutes came from a test line we had set up wrong',
        'yes',
      ],
      { tool: 'issue_refund', result: { refunded: true, invoiceId: 'INV-2039', amount: '$12.50' } },
    );
    const readBack =
      'Just to confirm: a refund of $12.50 on invoice INV-2039 to the card on file. Shall I go ahead?';
    expect(o.turns[0].reply).toBe(readBack);
    expect(o.turns[1].reply).toBe(readBack);
    expect(o.turns[1].handoffs ?? []).toEqual([]);
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).filter((t) => t.tool === 'issue_refund')).toHaveLength(1);
  }, 240_000);

  it('an aside at the read-back ("also my webhooks keep failing") still goes where it belongs', async () => {
    const o = await converse('support', ["I'd like a refund on INV-2044", 'also my webhooks keep failing'], {
      handoff: 'TechSupport',
    });
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('issue_refund');
  }, 240_000);
});
