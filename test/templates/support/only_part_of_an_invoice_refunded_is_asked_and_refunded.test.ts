import { describe, expect, it } from 'vitest';
import { writtenAsDigits } from '../../../src/models/offline/spokenNumbers.ts';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

/**
 * "please refund just the overage bit, the eleven twenty, not the whole invoice": the part was said in
 * words, written as 1120, and no amount was read; the read-back offered the whole invoice, and the yes
 * refunded it. Dollars then cents after a refund asked for are money ($11.20), and a part asked for with
 * no amount said asks how much before any read-back (an amount said earlier is the invoice's, not the part).
 */
describe('only part of an invoice refunded is asked and refunded', () => {
  it('writes dollars and cents said after a refund as money, not a time or a number', () => {
    expect(writtenAsDigits('refund just the overage bit, the eleven twenty')).toBe(
      'refund just the overage bit, the $11.20',
    );
    expect(writtenAsDigits('can you credit me twelve fifty')).toBe('can you credit me $12.50');
    expect(writtenAsDigits('refund the nine thirty appointment')).toBe('refund the 9:30 appointment');
    expect(writtenAsDigits('my invoice is eleven twenty')).not.toContain('$');
  });

  it('the part said in words is read back and refunded', async () => {
    const o = await converse(
      'support',
      [
        "invoice INV-2039 came to $112.40, we're on Growth which is normally 99",
        'please refund just the overage bit, the thirteen forty, not the whole invoice',
        'yes',
      ],
      { tool: 'issue_refund', result: { refunded: true, amount: '$13.40' } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).filter((t) => t.tool === 'issue_refund')).toHaveLength(1);
  }, 180_000);

  it('a part with no amount is asked for before the read-back', async () => {
    const o = await converse(
      'support',
      [
        "invoice INV-2039 came to $112.40, we're on Growth which is normally 99",
        'refund only the overage part please, not the whole invoice',
        '13.40',
        'yes',
      ],
      { tool: 'issue_refund', result: { refunded: true, amount: '$13.40' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/how much/i);
  }, 180_000);
});
