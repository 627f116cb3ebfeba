import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

/**
 * "could an agent email me when something new comes up? Jo Mills, jo.mills@example.com": record_lead
 * takes a phone or an email, but CrmWriter's phone question was asked anyway ("What's the best phone
 * number to reach you?"). The email's description now says it stands in for the phone, so a client who
 * gave an email is not asked for a phone (forms/beforeTheChange.ts, `givenInstead`).
 */
describe('an email given instead of a phone', () => {
  it('records the lead without asking for a phone', async () => {
    const o = await converse(
      'real-estate',
      ['could an agent email me when something new comes up? Jo Mills, jo.mills@example.com'],
      { tool: 'record_lead', result: { recorded: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).not.toMatch(/phone number/);
  }, 180_000);

  it('a call back asked with a name only still asks how to reach the client', async () => {
    const o = await converse('real-estate', ['please have an agent call me', 'Jo Mills'], { reply: '' });
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('record_lead');
    expect(o.turns[1].reply).toMatch(/phone/);
  }, 180_000);
});
