import { describe, expect, it } from 'vitest';
import { threatensAction } from '../../src/models/offline/threatensAction.ts';
import { converse } from './offlineScenario.ts';

/**
 * "if you don't sort out my refund on INV-2049 by friday we're disputing it with our card issuer": a
 * chargeback or legal action threatened was read as the refund itself and read back for a "yes". A
 * person decides what is done with a threat (threatensAction.ts); a question about chargebacks, or a
 * call back promised, threatens nothing.
 */
describe('a chargeback threatened reaches a person', () => {
  it('tells a threat from a question or a promise to call', () => {
    expect(threatensAction("we're disputing it with our card issuer")).toBe(true);
    expect(threatensAction("i'm going to sue you")).toBe(true);
    expect(threatensAction('how do chargebacks work?')).toBe(false);
    expect(threatensAction("I'll call you, my bank details changed")).toBe(false);
    expect(threatensAction('can i pay by bank transfer')).toBe(false);
  });

  it('hands the threat to a person at the support desk, and runs no refund', async () => {
    const o = await converse(
      'support',
      ["if you don't sort out my refund on INV-2049 by friday we're disputing it with our card issuer"],
      [{ handoff: 'Human' }, { never_tools: ['issue_refund'] }],
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
