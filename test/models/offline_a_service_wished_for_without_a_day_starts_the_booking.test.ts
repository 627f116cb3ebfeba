import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

// "I need a men's cut" and "book a mens cut" got the men's cut's price ("A men's cut is $35…"), and every
// answer after it ("wednesday", "2pm") the desk's fallback: nothing was booked (chat probes, 2026-11-27).
// A wish for a thing a booking makes starts the booking, whose form asks the day; a wish to know its
// price is still a price question.
describe('a service wished for without a day starts the booking', () => {
  for (const opening of ["I need a men's cut", 'book a mens cut', 'can i get a mens cut']) {
    it(`books after "${opening}"`, async () => {
      const o = await converse('salon', [opening, 'wednesday', '2pm', 'Jake Moss', '07700 900888', 'yes'], {
        tool: 'book_appointment',
        result: { booked: true, service: "men's cut" },
      });
      expect(o.unmet).toEqual([]);
      expect(o.turns[0].reply).toMatch(/which day/i);
    }, 180_000);
  }

  it('a wish to know the price is answered with the price', async () => {
    const o = await converse('salon', ["I'd like a price for a men's cut"], {
      tool: 'list_services',
      never_tools: ['book_appointment'],
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toContain('$35');
  }, 180_000);
});
