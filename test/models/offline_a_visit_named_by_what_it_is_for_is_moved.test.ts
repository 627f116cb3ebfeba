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

// QA chat probes (2026-11-27): the birth date and the new day in one message ("born 7/4/1990. I need to
// move my mole check to Wednesday December 9 at 11") verified "1970-12-09": the named date beat the
// numeric one. What follows "born" is the birth date.
describe('a birth date said with the new day of a move', () => {
  it('verifies with the birth date and moves to the new day', async () => {
    const o = await converse(
      'healthcare',
      ["I'm Marcus Bell, born 7/4/1990. I need to move my mole check to Wednesday December 9 at 11", 'yes'],
      { tool: 'reschedule_appointment' },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].tools.find((c) => c.tool === 'verify_identity')?.arguments).toMatchObject({
      dob: '1990-07-04',
    });
  }, 120_000);
});
