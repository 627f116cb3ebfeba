import { describe, expect, it } from 'vitest';
import { pickedByTime } from '../../src/models/offline/forms/pickByTime.ts';
import { converse } from './offlineScenario.ts';

// QA chat probes (2026-11-27): the clinic offered Dr. Okafor's openings, the patient gave her name, was
// asked her date of birth and gave it, and heard "you're verified. How can I help you today?": the
// openings were no longer our last words, so nothing waited for the pick, and the booking was lost. And
// "the Tuesday 9am one" of Monday's and Tuesday's 9:00 booked Monday's.
describe('an offer waits through the identity check', () => {
  it('offers the openings again once the patient is verified, and books the one picked', async () => {
    const o = await converse(
      'healthcare',
      [
        "Hi, I'd like to book an appointment with Dr Okafor next week",
        'Dana Ruiz',
        'March 12 1984',
        'the second one',
      ],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[2].reply).toMatch(
      /you're verified\. The next openings with Dr\. Amara Okafor are .* Which one would you like\?/,
    );
    const offered = [...o.turns[2].reply.matchAll(/(\w+day, \w+ \d+ at \d{2}:\d{2})/g)].map((m) => m[1]);
    expect(o.turns.at(-1)!.reply).toContain(offered[1]);
  }, 120_000);

  it('picks by the day said with the time', () => {
    const items = [
      { date: '2026-12-07', time: '09:00' },
      { date: '2026-12-07', time: '14:30' },
      { date: '2026-12-08', time: '09:00' },
    ];
    expect(pickedByTime('the Tuesday 9am one', items)).toBe(2);
    expect(pickedByTime('tues 9am', items)).toBe(2);
    expect(pickedByTime('the 9am one', items)).toBe(0);
    // A day none of them is on picks none.
    expect(pickedByTime('wednesday 9am', items)).toBeUndefined();
  });
});
