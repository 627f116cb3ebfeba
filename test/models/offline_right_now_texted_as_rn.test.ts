import { describe, expect, it } from 'vitest';
import { spelledOut } from '../../src/models/offline/textingWords.ts';
import { converse, toolsOf } from './offlineScenario.ts';

// "hey how much do i owe rn, acct ACC-1004" stayed at the front desk: "rn" is texting for "right now",
// which the router and the tools read; a registered nurse ("an RN", "talk to the rn") stays as written.
describe('"right now" texted as "rn"', () => {
  it('spells out rn, but not a nurse', () => {
    expect(spelledOut('what do i owe rn')).toBe('what do i owe right now');
    expect(spelledOut('can I talk to the rn about my dose')).toBe('can I talk to the rn about my dose');
    expect(spelledOut('is an RN on call')).toBe('is an RN on call');
  });

  it('looks up what an account owes, asked "rn"', async () => {
    const o = await converse('support', ['whats my balance rn? account ACC-1002'], {
      tool: 'lookup_invoice',
      result: { found: true },
    });
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o)[0]).toMatchObject({ tool: 'lookup_invoice' });
  }, 180_000);
});
