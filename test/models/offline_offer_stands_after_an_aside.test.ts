import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

/**
 * The Scheduler lists openings ("…Which one would you like?"); the caller asks "how much is that?", which
 * nothing of the Scheduler's answers (its fallback asks nothing of its own); then "the first one". The pick
 * was read against the fallback, not the offer, and fell back again. An offer still stands after a reply
 * that asked nothing.
 */
describe('an offer after an aside', () => {
  it('"the first one" still picks from it', async () => {
    const o = await converse(
      'after-hours',
      ['hey can i get an appt tmrw', 'how much is that?', 'the first one'],
      {
        reply: 'Whose name should I put the appointment under',
      },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[2].reply).toMatch(/^Whose name/);
  }, 120_000);
});
