import { describe, expect, it } from 'vitest';
import { converse } from '../../models/offlineScenario.ts';

/**
 * "whats the property tax like around there btw" while TourBooker asks the viewing's time: the time
 * finder read null from it, which counted as the time given, and "property" fit the booking's own
 * description just over the bar, so the customer heard "Sorry, I didn't catch that". Null is no value,
 * and a fit of ours loses to a better fit at another desk (questionForAnotherDesk.ts).
 */
describe('a property-tax question while the viewing time is asked', () => {
  it('goes to the area desk, and the booking resumes with the time said next', async () => {
    const o = await converse(
      'real-estate',
      [
        "I'd like to view 8 elm st on thursday",
        'whats the property tax like around there btw',
        'ok. 5:30pm works',
        'Ben Adeyemi',
        '555 0192',
      ],
      { tool: 'book_tour', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].agent).toBe('NeighborhoodExplainer');
    expect(o.turns[1].reply).not.toMatch(/didn't catch/);
    expect(o.turns[2].reply).toBe('May I have your full name?');
  }, 180_000);
});
