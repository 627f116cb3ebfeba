import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * "how much is that?" while the booking asks for the time: docs/dialogue.md's table says the price
 * look-up answers and the form resumes, but the question shares too few words with the price list
 * (0.14 < 0.2) and was counted as a failed answer ("Sorry, I didn't catch that"). "how long does it
 * take?" did reach the price list, with itself as the service, and got the whole menu. A question
 * pointing back at what the form is for is asked of the look-up about the form's own request.
 */
describe('"how much is that?" mid-form', () => {
  it('prices the service being booked, then asks for the time again', async () => {
    const o = await converse(
      'salon',
      [
        'book me in for a keratin smoothing on Friday',
        'how much is that?',
        '2pm',
        'Lena Fischer',
        '07700 900444',
        'yes',
      ],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/^A keratin smoothing is \$250.*What time would you like\?/);
  }, 120_000);

  it('"how long does it take?" gives that service’s time, not the menu', async () => {
    const o = await converse(
      'salon',
      ['book me in for a keratin smoothing on Friday', 'how long does it take?'],
      {
        reply: '2 hours 30 minutes',
      },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).not.toMatch(/^Cuts:/);
    // Friday's free times are listed first (a day said without a time, stop 84); the question is the menu's.
    expect(toolsOf(o).map((t) => t.tool)).toEqual(['check_availability', 'list_services']);
  }, 120_000);
});
