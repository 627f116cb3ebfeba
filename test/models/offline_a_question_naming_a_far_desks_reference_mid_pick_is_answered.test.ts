import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

/**
 * dev11-after-hours-08: "wait, before that, how much do I owe on AC-2001?" asked while the Scheduler
 * waited for a pick of its openings got the openings again, word for word. A question naming a
 * reference that none of our tools takes goes one step towards the desk that looks it up (Billing, three
 * rungs away), as it already did outside a form. The booking asked for after the answer goes back up
 * the ladder: offline_a_pick_after_a_far_desks_answer_goes_back_up_the_ladder.test.ts.
 */
describe('a question naming a far desk reference mid-pick is answered', () => {
  it('looks the balance up instead of repeating the openings', async () => {
    const o = await converse(
      'after-hours',
      ["I'd like to book with Dr. Okafor", 'wait, before that, how much do I owe on AC-2001?'],
      { tool: 'lookup_balance', result: { found: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).not.toBe(o.turns[0].reply);
  }, 120_000);
});
