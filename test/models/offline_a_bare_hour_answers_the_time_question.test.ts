import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

// "10" said to "What time would you like?" was not a time: the salon asked again, then gave up ("I'm
// sorry, I'm not getting the time right"). A bare hour answering the time question is that hour, read
// in the opening hours as "at 10" is ("3" is 15:00); elsewhere a bare number stays a count or a price.
describe('a bare hour answers the time question', () => {
  it('books "10" as 10:00 and "3" as 15:00', async () => {
    for (const [hour, booked] of [
      ['10', '10:00'],
      ['3', '15:00'],
    ]) {
      const o = await converse(
        'salon',
        ["can i book a men's cut for saturday", hour, 'Kim Tran', '07700 900999', 'yes'],
        {
          tool: 'book_appointment',
          result: { booked: true },
        },
      );
      expect(o.unmet).toEqual([]);
      expect(o.turns[1].reply).not.toMatch(/what time/i);
      expect(o.turns.at(-1)!.reply).toContain(`at ${booked}`);
    }
  }, 180_000);
});
