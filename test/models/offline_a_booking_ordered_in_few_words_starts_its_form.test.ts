import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// "Book a blow dry friday please": a bare order naming the service and the day got Booking's greeting
// ("what would you like done, and which day?"), and "2pm then" its fallback. Ordering a service
// ("book a …", "book me in for a …") states what is wanted, as "I'd like a …" does.
describe('a booking ordered in few words starts its form', () => {
  it('books a deep conditioning ordered as "book me in for a deep conditioning saturday"', async () => {
    const o = await converse(
      'salon',
      ['book me in for a deep conditioning saturday please', '11am', 'Rosa Lind', '07700 900515', 'yes'],
      { tool: 'book_appointment', result: { booked: true, service: 'deep conditioning' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(/what time/i);
    // Saturday's free times for it are listed first (a day said without a time, stop 84), then it books.
    expect(toolsOf(o).map((t) => t.tool)).toEqual(['check_availability', 'book_appointment']);
    expect(o.turns[0].reply).toMatch(/^On Saturday .* for a deep conditioning/);
  }, 180_000);
});
