import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// "did my refund for INV-2042 ever go through?" named the refund's action and was read back as a second
// refund; a question whether a change already happened asks about the record (statusQuestion.ts).
const ran = (o: Awaited<ReturnType<typeof converse>>) => toolsOf(o).map((t) => t.tool);

describe('a question whether a refund went through looks the invoice up', () => {
  it('looks up the invoice and refunds nothing', async () => {
    const o = await converse(
      'support',
      ['did my refund for INV-2042 ever go through? i was double charged in feb'],
      {
        tool: 'lookup_invoice',
        result: { found: true, invoiceId: 'INV-2042', status: 'refunded' },
        never_tools: ['issue_refund'],
      },
    );
    expect(o.unmet).toEqual([]);
    expect(ran(o)).not.toContain('issue_refund');
  }, 180_000);

  it('still reads back a refund asked for: "can you refund INV-2044?"', async () => {
    const o = await converse('support', ['can you refund INV-2044?', 'yes'], { tool: 'issue_refund' });
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
