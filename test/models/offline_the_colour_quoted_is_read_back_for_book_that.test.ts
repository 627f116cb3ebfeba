import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

/**
 * After a highlights quote, "ok lovely, can I book that for saturday?", a part of the day, then "10 is
 * good": the read-back said "Just to confirm: that on Saturday 5 December…". The colour quoted is kept for
 * such a read-back, but it was set aside because the time said (10am) differed from the earliest time of
 * the morning the state held. "that" names nothing: the read-back names the colour quoted.
 */
describe('the colour quoted is read back for "book that"', () => {
  it('reads back full-head highlights, not "that"', async () => {
    const o = await converse(
      'salon',
      [
        'hi! thinking about getting highlights, my hair is shoulder length, how much would that be?',
        'ok lovely, can I book that for saturday?',
        'morning ideally',
        '10 is good',
        'Zoe Hart',
        '07700 900555',
        'yes',
      ],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    const readBack = o.turns.find((t) => /just to confirm/i.test(t.reply))?.reply ?? '';
    expect(readBack).toMatch(/^Just to confirm: full-head highlights on /);
    expect(readBack).not.toMatch(/confirm: that\b/i);
  }, 180_000);
});
