import { describe, expect, it } from 'vitest';
import { GOODBYE } from '../../src/models/offline/forms/closing.ts';
import { converse } from './offlineScenario.ts';

// "no, that's all" after "…an agent will contact you within one business day." got the desk's fallback
// ("Leave me your name and a phone number…"), asking again for what was just recorded; "no thanks" to
// "Would you like to see any of them?" got the buyer desk's fallback. A refusal that says the customer
// has what they came for, after a reply that asked nothing or only offered more, says goodbye; "thank
// you very much" to a reply that offered a person is thanks, not a yes to the person.
describe('no thanks after a job done says goodbye', () => {
  it('says goodbye to "no, that\'s all" after a call back was recorded', async () => {
    const o = await converse(
      'real-estate',
      ['please have an agent call me, Rosa Quinn 555-0132', "no, that's all"],
      { tool: 'record_lead', result: { recorded: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns.at(-1)?.reply).toBe(GOODBYE);
  }, 180_000);

  it('says goodbye to "no thanks" after a search offered viewings', async () => {
    const o = await converse('real-estate', ['3 bed in Lakeview under 500k', 'no thanks'], {
      tool: 'search_listings',
      result: { found: true },
    });
    expect(o.turns.at(-1)?.reply).toBe(GOODBYE);
  }, 180_000);
});
