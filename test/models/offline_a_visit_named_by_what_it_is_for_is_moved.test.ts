import { describe, expect, it } from 'vitest';
import { dialogueClock } from '../../src/eval/dialogueEval.ts';
import { longDay } from '../../src/models/offline/forms/formQuestions.ts';
import { converse } from './offlineScenario.ts';

// Marcus Bell's mole check is on the Wednesday of the eval's week (its clock is the coming Monday); a week
// on is the Wednesday after: "Wednesday 9 December" in the week the test was written.
const weekOn = new Date(dialogueClock().getTime() + 9 * 86_400_000);
const weekOnSaid = weekOn.toLocaleDateString('en-US', {
  weekday: 'long',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});

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
    expect(o.turns[1].reply).toMatch(/mole check/);
    expect(o.turns[1].reply).toContain(longDay(weekOn.toISOString().slice(0, 10)).replace(/ \d{4}$/, ''));
  }, 120_000);
});

// QA chat probes (2026-11-27): the birth date and the new day in one message ("born 7/4/1990. I need to
// move my mole check to Wednesday December 9 at 11", said with the day a week after the mole check) verified "1970-12-09": the named date beat the
// numeric one. What follows "born" is the birth date.
describe('a birth date said with the new day of a move', () => {
  it('verifies with the birth date and moves to the new day', async () => {
    const o = await converse(
      'healthcare',
      [
        `I'm Marcus Bell, born 7/4/1990. I need to move my mole check to ${weekOnSaid.replace(',', '')} at 11`,
        'yes',
      ],
      { tool: 'reschedule_appointment' },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].tools.find((c) => c.tool === 'verify_identity')?.arguments).toMatchObject({
      dob: '1990-07-04',
    });
  }, 120_000);
});
