import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// A QA chat probe (2026-11-27): "hi my account is ACC-1003, can you refund INV-2046 please", then
// "yes", refunded $99 on INV-2046, which is ACC-1010's. The refund never took the account the caller
// named, so nothing scoped it. It now does: another account's invoice is not found, and nothing of it
// (amount, owner) is told.
describe('a refund is refused on another account’s invoice', () => {
  it('refuses INV-2046 (ACC-1010) to a caller who says they are ACC-1003', async () => {
    const o = await converse(
      'support',
      ['hi my account is ACC-1003, can you refund INV-2046 please, full amount', 'yes'],
      { tool: 'issue_refund', result: { found: false, invoiceId: 'INV-2046' } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).some((c) => (c.result as { refunded?: boolean }).refunded === true)).toBe(false);
    // The words of an invoice that does not exist: nothing tells the caller it is someone's.
    expect(o.turns.at(-1)?.reply).toBe(
      "I couldn't find invoice INV-2046. Invoice numbers look like INV-2041.",
    );
    expect(o.turns.at(-1)?.reply).not.toMatch(/\$99|Ravi|ACC-1010/);
  }, 180_000);

  it('still refunds the caller’s own invoice when they name their account', async () => {
    const o = await converse(
      'support',
      ['hi my account is ACC-1010, can you refund INV-2046 please, full amount', 'yes'],
      { tool: 'issue_refund', result: { refunded: true, invoiceId: 'INV-2046' } },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
