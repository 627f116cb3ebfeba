import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

// "ok. can someone call me about getting pre-approved?" to the financing desk got its fixed answer ("We
// don't pre-approve loans ourselves… one of our agents can call you…") and nothing more; the name and
// number given next reached the front desk's menu. The answer is said, and the call asked for in the same
// sentence goes to the desk that arranges calls, which takes the name and number.
describe('a call asked for beside a fixed answer is still arranged', () => {
  it('answers the pre-approval question and records the call back', async () => {
    const o = await converse(
      'real-estate',
      [
        'hi, roughly what would the monthly payments be on a house around 500k?',
        'ok. can someone call me about getting pre-approved?',
        'Sam Whitaker, 555-0124',
      ],
      { tool: 'record_lead', result: { recorded: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/^We don't pre-approve loans ourselves/);
    expect(o.turns[1].agent).toBe('CrmWriter');
  }, 180_000);

  it('answers the pre-approval question alone when no call is asked for', async () => {
    const o = await converse('real-estate', ['can I get pre-approved through you?'], {
      never_tools: ['record_lead'],
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].agent).toBe('FinancingQuoter');
    expect(o.turns[0].reply).toMatch(/^We don't pre-approve loans ourselves.*home's price\.$/);
  }, 180_000);
});
