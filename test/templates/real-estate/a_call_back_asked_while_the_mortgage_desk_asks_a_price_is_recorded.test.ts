import { describe, expect, it } from 'vitest';
import { converse } from '../../models/offlineScenario.ts';

// "I think I'd like someone to talk me through it properly. Could an agent phone me? I'm Edna Lowry,
// 555-0136." while the mortgage desk asked a home's price (dialogue batch 28, dev): the desk has no
// edge to the call-back desk, the router was not sure enough mid-form, and the price was asked again.
describe('a call back asked while the mortgage desk asks for a price', () => {
  it('goes back through the front desk to the call-back desk and is recorded', async () => {
    const o = await converse(
      'real-estate',
      [
        'what would my monthly payment be on a house?',
        "I think I need someone to walk me through it all slowly. Could an agent phone me? I'm Walter Nash, 555-0177.",
      ],
      { tool: 'record_lead', result: { recorded: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].agent).toBe('CrmWriter');
  }, 180_000);
});
