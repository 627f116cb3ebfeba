import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

/**
 * dev24-healthcare-01: a move read back "to Friday, at the same time" (the old visit was at 16:00) and
 * answered "Yes, Friday at four. That's right." was read back again, and again, and never made: "at 4"
 * is no text of the read-back. The hour said is compared as a clock time with the read-back's new time
 * ("the same time" is the old one). And a yes that names another hour ("Yes, Friday at 10am.") had moved
 * the visit at the hour read back, 16:00: a time said with the yes is now the value asked for, as "yes,
 * 6 in total" is (10:00 is full, so the caller is offered the openings).
 */
const OPENING = [
  'Hi, Grace Liu here, I have a knee rehab visit tomorrow afternoon I need to cancel',
  'born 14 September 1952',
  "Actually I'd rather not miss it. Can you move it to Friday, same time, same therapist?",
];

describe('a yes that says the hour again moves the visit', () => {
  it('moves it at the hour the read-back gave', async () => {
    const o = await converse('healthcare', [...OPENING, 'Yes, Friday at four, that is right.'], {
      tool: 'reschedule_appointment',
      result: { rescheduled: true, appointmentId: 'APT-5006' },
    });
    expect(o.unmet).toEqual([]);
  }, 180_000);

  it('never moves it at the old hour when the yes names another', async () => {
    // An integrity fault before: "Yes, Friday at 10am." moved the visit to Friday at 16:00.
    const o = await converse('healthcare', [...OPENING, 'Yes, Friday at 10am.'], {
      tool: 'reschedule_appointment',
    });
    const moves = toolsOf(o).filter((t) => t.tool === 'reschedule_appointment');
    expect(moves.every((t) => (t.result as { rescheduled?: boolean }).rescheduled !== true)).toBe(true);
    expect(o.turns.at(-1)?.reply).toMatch(/10:00/);
  }, 180_000);
});
