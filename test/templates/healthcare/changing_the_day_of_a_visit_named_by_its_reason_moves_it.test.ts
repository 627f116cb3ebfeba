import { describe, expect, it } from 'vitest';
import { converse } from '../../models/offlineScenario.ts';

/**
 * dev24-healthcare-06: "I need to change the day of my palpitations follow-up with Dr. Patel. It's this
 * coming Sunday at one in the afternoon." got the scheduling desk's menu: "change" alone is no move, and
 * the visit was called by its reason, not "appointment". Changing the day or time of something the patient
 * has is a move. The sentence that says when the visit is ("It's this coming Sunday at one") says how it
 * stands, not where it goes: it was read back as a move to the same Sunday at 1pm.
 */
describe('changing the day of a visit named by its reason moves it', () => {
  it('verifies, asks the new day, and moves the visit', async () => {
    const o = await converse(
      'healthcare',
      [
        'Hi, I need to change the date of my palpitations follow-up with Dr. Patel. It is next Sunday at 1pm.',
        'Omar Haddad, June 19 1987',
        'Thursday please, same time',
        'yes that is right',
      ],
      { tool: 'reschedule_appointment', result: { rescheduled: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(/verify your identity/i);
    expect(o.turns.map((t) => t.reply).join(' ')).not.toMatch(/to Sunday 6 December/);
  }, 180_000);
});
