import { describe, expect, it } from 'vitest';
import { converse } from '../../models/offlineScenario.ts';

// "I want to make a complaint" opened the broker's case with those words as what happened (category
// "other") and handed the client to a person before they said what it was about.
describe('a complaint named alone at the estate agency', () => {
  it('is asked what happened, and the case opened with the account', async () => {
    const o = await converse(
      'real-estate',
      ['I want to make a complaint', 'the agent never showed up for my viewing'],
      { tool: 'open_escalation', result: { opened: true, category: 'agent_conduct' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].tools).toEqual([]);
    expect(o.turns[0].reply).toMatch(/what happened/i);
  }, 180_000);
});
