import { describe, expect, it } from 'vitest';
import { converse } from '../../models/offlineScenario.ts';

// "can I get pre-approved through you?" got "Could you tell me a bit more about what you need with
// financing?" and a person offered, so "ok, have someone call me then. Victor Alvarez, 555-0172" took
// the person rather than recording the call back. A lender pre-approves: FinancingQuoter says so and
// what we can do (an agent's call), and the call back asked next reaches CrmWriter.
describe("pre-approval is a lender's, and the call back asked next is recorded", () => {
  it('says a lender pre-approves, then records the call back', async () => {
    const o = await converse(
      'real-estate',
      ['can you guys pre-approve me for a loan?', 'ok, have an agent call me then. Lina Berg 555-0193'],
      [{ reply: 'a lender does' }, { tool: 'record_lead', result: { recorded: true } }],
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].agent).toBe('FinancingQuoter');
    expect(o.turns[1].handoffs.join(' ')).not.toMatch(/->Human/);
  }, 180_000);
});
