import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

// "morning" said to "What time would you like?" was read as no answer: "Sorry, I didn't catch that",
// then "I'm not getting the time right". Said in the first message ("Thursday afternoon") it listed
// that part of the day's free times. Now the reply does the same: the free times of that morning, for
// the service and day the form already holds, then the question (forms/beforeTheChange.ts,
// forms/answerResults.ts), and the booking goes on.
describe('a part of the day answers "what time?" with the free times', () => {
  it("lists Saturday morning for a men's cut, then books the time picked from it", async () => {
    const o = await converse(
      'salon',
      ["can i book a men's cut for saturday", 'morning', '10:30', 'Kim Tran', '07700 900999', 'yes'],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/morning for a men's cut.*Maya at 09:00/);
    expect(o.turns[1].reply).not.toMatch(/didn't catch/);
    expect(o.turns.at(-1)!.reply).toContain('at 10:30');
  }, 180_000);
});
