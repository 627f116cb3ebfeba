import { describe, expect, it } from 'vitest';
import { escalationCategory } from '../../../templates/real-estate/escalationTools.ts';
import { converse } from '../../models/offlineScenario.ts';

/**
 * "the agent said Maplewood isn't for people like us because we're Black" reached the complaints desk,
 * but the case was filed under agent_conduct: the fair-housing words knew only "because of my race /
 * religion / disability / kids". Who one is, given as the reason one was treated so, files it as
 * fair_housing; a complaint with no such ground stays agent_conduct.
 */
describe('a complaint naming a protected characteristic', () => {
  it('opens a fair_housing case', async () => {
    const o = await converse(
      'real-estate',
      ["the agent said Maplewood isn't for people like us because we're Black"],
      { tool: 'open_escalation', result: { opened: true, category: 'fair_housing' } },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);

  it('files each ground as fair housing, conduct alone as agent conduct', () => {
    for (const said of [
      "your agent wouldn't show us the house because we're Black",
      'the realtor was rude to me for being Muslim',
      'the agent refused us because we have kids',
      'she told us no because we have a section 8 voucher',
    ])
      expect(escalationCategory(said)).toBe('fair_housing');
    expect(escalationCategory('the agent was rude and never showed up')).toBe('agent_conduct');
    expect(escalationCategory('the agent was late because of traffic')).toBe('agent_conduct');
  });
});
