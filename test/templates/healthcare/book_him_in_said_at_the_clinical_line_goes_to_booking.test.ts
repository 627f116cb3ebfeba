import { describe, expect, it } from 'vitest';
import { converse } from '../../models/offlineScenario.ts';

/**
 * "my son has a rash on his arm" reaches the clinical line, which asks what he is feeling; "can I book
 * him in tomorrow" was then triaged as the symptom ("I couldn't match that to one of our nurse
 * protocols"): the line's router kept it ("tomorrow", "him"). The request names a change only the front
 * desk's desks make (a booking), so it goes back there and the openings for tomorrow are looked up.
 */
describe('"can I book him in tomorrow" said at the clinical line', () => {
  it('goes back to the front desk and looks up openings, no triage of the words', async () => {
    const o = await converse('healthcare', ['my son has a rash on his arm', 'can I book him in tomorrow'], {
      tool: 'find_appointment_slots',
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).not.toMatch(/nurse protocols/);
  }, 180_000);

  it('a symptom said there is still triaged', async () => {
    const o = await converse(
      'healthcare',
      ['my son has a rash on his arm', 'it itches and started yesterday'],
      {
        tool: 'triage_symptoms',
      },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
