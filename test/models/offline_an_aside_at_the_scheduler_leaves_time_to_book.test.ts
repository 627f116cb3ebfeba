import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

// The after-hours Scheduler had three turns (its SLA) before the runtime moved the caller up to the
// ClinicalLead: the request, a pick and a name fill them, so one question on the side ("how much is
// that?") sent the caller to the lead as they gave their name, and nothing was booked. A booking also
// takes a phone number now (the second detail a change asks for), so a child has five turns
// (SLA_TURNS.child): the request, a pick, a name, a number and one aside's worth.
describe('an aside at the Scheduler leaves time to book', () => {
  it('"how much is that?" between the openings and the pick still books', async () => {
    const o = await converse(
      'after-hours',
      ['I need an appointment this week', 'how much is that?', 'the first one', 'Dana Ruiz', '555 0134'],
      { tool: 'book_slot', result: { booked: true } },
    );
    expect(o.turns[4].handoffs).toEqual([]);
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
