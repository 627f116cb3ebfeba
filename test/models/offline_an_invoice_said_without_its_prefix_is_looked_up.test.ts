import { describe, expect, it } from 'vitest';
import { findReference } from '../../src/models/offline/entityExtractors.ts';
import { converse } from './offlineScenario.ts';

/**
 * QA chat probe (2026-11-27): "what was invoice 2041 for?" got "What's the invoice number? It starts
 * with INV", and the number said again got "Sorry, I didn't catch that": a number said after the
 * reference's own word is that reference, with the schema's prefix.
 */
describe('an invoice said without its prefix is looked up', () => {
  it('reads the number after the reference word, never a phone or a bare number', () => {
    const invoice = { prefix: 'INV', stem: 'invoice' };
    expect(findReference('invoice #2041', invoice)).toBe('INV-2041');
    expect(findReference('invoice number 2041 please', invoice)).toBe('INV-2041');
    expect(findReference('account id is acc 1010', { prefix: 'ACC', stem: 'account' })).toBe('ACC-1010');
    expect(findReference('my account 1004', { prefix: 'ACC', stem: 'account' })).toBe('ACC-1004');
    expect(findReference('call me on 07700 900303', { prefix: 'CALL', stem: 'call' })).toBeUndefined();
    expect(findReference('at 1010', { prefix: 'ACC', stem: 'account' })).toBeUndefined();
  });

  it('"what was invoice 2041 for?" is answered', async () => {
    const o = await converse('support', ['what was invoice 2041 for?'], {
      tool: 'lookup_invoice',
      result: { found: true, invoiceId: 'INV-2041' },
    });
    expect(o.unmet).toEqual([]);
  }, 120_000);
});
