import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

// "Can I push my mole check back a week? Same time is fine" was read as nothing ("I can help with
// clinical line…"): a visit named by what it is for, after a change's verb, is an appointment to move.
describe('a visit named by what it is for', () => {
  it('is found and moved a week on', async () => {
    const o = await converse(
      'healthcare',
      ['could I move my mole check back a week please, same time', 'Marcus Bell, 7/4/1990', 'yes'],
      { tool: 'reschedule_appointment' },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/mole check.*Wednesday 9 December/);
  }, 120_000);
});
