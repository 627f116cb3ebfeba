import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

// To the front desk's "…If you would rather, I can pass you to a member of our team.", "oh ok. can someone
// email me about that? Leila Haddad, leila@…" was read as taking the person (it says "someone"): the
// conversation went to the team. Someone asked to email or call is a call back the leads desk records.
describe('someone asked to email, after a person was offered', () => {
  it('records the lead instead of passing the caller on', async () => {
    const o = await converse(
      'real-estate',
      [
        'looking for a 1 bed flat to rent in old town',
        'ah right. might buy one day. can someone email me about that? Sam Okoro, sam.okoro@example.com',
      ],
      { tool: 'record_lead', result: { recorded: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].agent).toBe('CrmWriter');
  }, 120_000);
});
