import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

/**
 * "I need to reschedule my knee rehab", the name, then "thursday please" to "Which day would you like
 * instead?": the visits look-up, asked about the knee visit by its number, listed Grace Liu's two visits,
 * and "thursday" picked the one that was on a Thursday (the echocardiogram results, APT-5005), whose move
 * was read back. Found by running the tests on a Saturday, when that visit fell on the Friday asked for.
 * The eval lays the seeds from a Friday: APT-5006 (knee) is on the Tuesday, APT-5005 on the Thursday.
 */
describe('the day a visit moves to picks no other visit', () => {
  it('moves the knee visit to the Thursday, not the visit on the Thursday', async () => {
    const o = await converse(
      'healthcare',
      ['I need to reschedule my knee rehab', 'Grace Liu, born 1952-09-14', 'thursday please', 'yes'],
      { tool: 'reschedule_appointment', result: { rescheduled: true, appointmentId: 'APT-5006' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[2].reply).toMatch(/^Just to confirm: move your knee rehabilitation visit/);
    const moved = toolsOf(o).filter((t) => t.tool === 'reschedule_appointment');
    expect(moved.map((t) => (t.result as { appointmentId?: string }).appointmentId)).toEqual(['APT-5006']);
  }, 300_000);
});
