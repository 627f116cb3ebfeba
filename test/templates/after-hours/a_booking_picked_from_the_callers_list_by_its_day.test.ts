import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

/**
 * Marcus Bell holds two appointments (seeded: Whitfield on a Tuesday, SL-443; Patel the day after,
 * SL-448). A QA tester found that "the tuesday one" picked neither (the list kept dates as YYYY-MM-DD,
 * with no weekday to match, and "tuesday" read as the coming Tuesday), and that a move "to the day
 * after at the same time" read the booking out again; each time a "yes" then heard "Glad I could help"
 * with nothing done.
 */
describe('after-hours, offline: a booking picked from the caller’s list by its day', () => {
  it('cancels the Tuesday booking the list named, not the coming Tuesday', async () => {
    const o = await converse(
      'after-hours',
      ["cancel my appt, it's under Marcus Bell 555-0178", 'the tuesday one', 'yes'],
      { tool: 'cancel_slot', result: { cancelled: true, slotId: 'SL-443' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/Just to confirm: cancel your appointment on Tuesday, .* \(SL-443\)/);
  }, 180_000);

  it('moves the picked booking to the day after it, at the same time', async () => {
    const o = await converse(
      'after-hours',
      [
        'hi this is Marcus Bell, 5550178, I need to move my appointment',
        'the one with Dr. Patel',
        'can it go to the day after at the same time?',
        'yes',
      ],
      { tool: 'reschedule_slot', result: { rescheduled: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[2].reply).toMatch(
      /^Just to confirm: move your appointment on Wednesday, .* \(SL-448\) to Thursday/,
    );
    expect(o.turns[3].reply).toMatch(/now on Thursday, .* at 11:00 with Dr\. Patel/);
  }, 180_000);

  it('asks which one again when the list gets a bare yes, and cancels nothing', async () => {
    const o = await converse('after-hours', ["cancel my appt, it's under Marcus Bell 555-0178", 'yes'], {
      reply: 'Which one do you mean\\?.*SL-443.*SL-448',
      never_tools: ['cancel_slot'],
    });
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).map((c) => c.tool)).toEqual(['find_mine']);
  }, 180_000);
});
