import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../offlineScenario.ts';

describe('"I want my money back": the invoice number asked by the look-up is for the refund', () => {
  it('reads the refund back once the number is given, refunds on yes, and does not look the invoice up again', async () => {
    const o = await converse('support', ['I want my money back', "it's INV-2046", 'yes'], {
      tool: 'issue_refund',
      result: { refunded: true },
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/^Just to confirm: a refund on invoice INV-2046/);
    expect(o.turns[2].tools.map((t) => t.tool)).toEqual(['issue_refund']);
    expect(o.turns[2].reply).toMatch(/^I've refunded/);
    expect(toolsOf(o).filter((t) => t.tool === 'issue_refund')).toHaveLength(1);
  }, 180_000);
});
