import { describe, expect, it } from 'vitest';
import { seedShift } from '../../../src/eval/dialogueEval.ts';
import { namesAnotherDay } from '../../../templates/shared/visitNamed.ts';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

/**
 * "hi can i cancel my appt on thurs", then the name: Dana Ruiz's one upcoming visit is on another
 * weekday, and it was cancelled at once ("I've cancelled your appointment on Sunday…"): the one visit
 * was taken as meant whatever day the caller named. A weekday that is not the visit's names no visit,
 * so nothing is cancelled until the caller says which.
 */
const SHORT = ['sun', 'mon', 'tues', 'wed', 'thurs', 'fri', 'sat'];
// Dana Ruiz's APT-5001 is on the third day after setup (seedData.ts), which the eval lays on the Friday
// before its clock (seedShift): a Monday.
const visitDay = new Date(Date.now() + (3 + seedShift()) * 86_400_000).getUTCDay();

describe('a cancellation naming another day cancels nothing', () => {
  it("tells a weekday that is not the visit's, short or in full", () => {
    expect(namesAnotherDay('cancel my appt on thurs', '2026-11-29')).toBe(true); // a Sunday
    expect(namesAnotherDay('cancel my sunday appointment', '2026-11-29')).toBe(false);
    expect(namesAnotherDay('cancel my appt', '2026-11-29')).toBe(false);
  });

  it('cancels nothing when the only visit is on another weekday than the one said', async () => {
    const other = SHORT[(visitDay + 1) % 7];
    const o = await converse(
      'healthcare',
      [`hi can i cancel my appt on ${other}`, 'dana ruiz 3/12/84'],
      [{ tool: 'verify_identity', result: { verified: true } }],
    );
    expect(o.unmet).toEqual([]);
    const cancelled = toolsOf(o).filter((t) => (t.result as { cancelled?: boolean })?.cancelled === true);
    expect(cancelled).toEqual([]);
  }, 300_000);

  it('still cancels the only visit when its own weekday is said, once read back', async () => {
    const o = await converse(
      'healthcare',
      [`hi can i cancel my appt on ${SHORT[visitDay]}`, 'dana ruiz 3/12/84', 'yes'],
      [{ tool: 'cancel_appointment', result: { cancelled: true, appointmentId: 'APT-5001' } }],
    );
    expect(o.unmet).toEqual([]);
  }, 300_000);
});
