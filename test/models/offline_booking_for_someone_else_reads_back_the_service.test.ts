import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

/**
 * "book my daughter in for a kids cut thursday at 4pm": the read-back said "daughter in on Thursday…",
 * taking who the booking is for as the service. Who it is for, said between the verb and "in"/"for", is
 * left out of the read-back's service.
 */
describe('a booking for someone else', () => {
  it('reads back the service, not the person', async () => {
    const o = await converse(
      'salon',
      ['book my daughter in for a kids cut thursday at 4pm', 'her name is Lily Shaw', '07700 900333', 'yes'],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[2].reply).toMatch(/^Just to confirm: kids cut on Thursday/);
  }, 120_000);
});
