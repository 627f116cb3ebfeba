import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

/**
 * QA chat probe (2026-11-27): after the call log said why a call failed and what to do ("Pay the open
 * invoice or turn on auto-recharge in Billing…"), "ok how do I fix it" got the desk's menu ("I can check
 * failed calls or a webhook…"). A question of what to do right after a look-up's answer is answered with
 * the advice in that answer.
 */
describe('"how do I fix it" after a finding hears the fix', () => {
  it('repeats the advice, not the menu', async () => {
    const o = await converse(
      'support',
      ['my calls keep failing with error RC-2101', 'ACC-1003', 'ok how do I fix it'],
      { reply: 'To sort it out: pay the open invoice' },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[2].reply).not.toMatch(/I can check failed calls/);
  }, 120_000);

  it('a question of what to do with nothing shown still gets the desk', async () => {
    const o = await converse('support', ['how do I fix it'], { never_tools: ['issue_refund'] });
    expect(o.turns[0].reply).not.toMatch(/To sort it out/);
  }, 120_000);
});
