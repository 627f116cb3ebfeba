import { describe, expect, it } from 'vitest';
import { dialogueClock } from '../../src/eval/dialogueEval.ts';
import { dateSaid } from '../../src/models/offline/shiftedDate.ts';
import { converse } from './offlineScenario.ts';

// A dev28 row (healthcare): the knee visit is on Tuesday 1 December (tomorrow, by the eval's Monday
// clock); "Next Tuesday, same time" was read as that very Tuesday, and the move read back to the day
// the visit is already on.
describe('"next <weekday>" for a visit on that weekday is the week after', () => {
  const monday = new Date('2026-11-30T09:00:00Z');

  it('reads the Tuesday after the booked one', () => {
    expect(dateSaid('next tuesday please', monday, { booked: '2026-12-01', isNew: true })).toBe('2026-12-08');
    // Not a move (no booked day), or another weekday: as the calendar reads it.
    expect(dateSaid('next tuesday please', monday, { isNew: true })).toBe('2026-12-01');
    expect(dateSaid('next wednesday please', monday, { booked: '2026-12-01', isNew: true })).toBe(
      '2026-12-02',
    );
  });

  it('moves the knee visit a week on', async () => {
    // The seeds keep their weekdays beside the eval's Monday clock: the visit is on the Tuesday after it.
    const weekOn = new Date(dialogueClock().getTime() + 8 * 86_400_000);
    const day = weekOn.toLocaleDateString('en-US', { month: 'long', day: 'numeric', timeZone: 'UTC' });
    const o = await converse(
      'healthcare',
      [
        'I need to move my knee rehab session please',
        'Grace Liu, 14 September 1952',
        'make it next Tuesday, same time',
        'yes',
      ],
      [
        { tool: 'reschedule_appointment', result: { rescheduled: true, appointmentId: 'APT-5006' } },
        { reply: day },
      ],
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
