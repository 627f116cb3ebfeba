import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

/**
 * A question to have something ("can I get …?") gave a change every free-text value, the refund's
 * reason included, so "can I get a copy of invoice INV-2041" held the refund's two values (the invoice
 * and a "reason") and was read back as a refund. The reason (why) now comes from such a question only
 * when it names the change; what is wanted (a service) still comes from any.
 */
describe('a question to have something gives a reason only to the change it names', () => {
  for (const ask of ['can I get a copy of invoice INV-2041', 'could I get a copy of INV-2041 please?']) {
    it(`looks the invoice up, never proposes a refund, on "${ask}"`, async () => {
      const o = await converse('support', [ask], { tool: 'lookup_invoice' });
      expect(o.unmet).toEqual([]);
      expect(o.turns[0].reply).not.toMatch(/refund/i);
    }, 120_000);
  }

  it('"can I get a refund for INV-2044, we were charged twice" is still the refund, read back', async () => {
    const o = await converse(
      'support',
      ['can I get a refund for invoice INV-2044, we were charged twice', 'yes'],
      { tool: 'issue_refund' },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(/just to confirm: a refund on invoice INV-2044/i);
  }, 120_000);

  it('a service is still what a question to have it asks for: "can I get a blow dry friday at 2?"', async () => {
    const o = await converse('salon', ['can I get a blow dry friday at 2?', 'Tom Reyes', '07700 900888'], {
      reply: 'just to confirm: blow dry',
    });
    expect(o.unmet).toEqual([]);
  }, 120_000);
});
