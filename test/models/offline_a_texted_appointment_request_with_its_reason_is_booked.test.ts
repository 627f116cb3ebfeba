import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

// "need appt w dr okafor tues mornin, blood pressure check" went to the clinical line (blood pressure):
// a request texted without "I" ("need appt…") was not read as a request, so its reason decided the route.
describe('a texted appointment request with its reason is booked', () => {
  it('offers Dr. Okafor on Tuesday morning and books the pick', async () => {
    const o = await converse(
      'healthcare',
      ['need appt w dr okafor tues mornin, blood pressure check', 'marcus bell 07/04/1990', 'the first one'],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(/openings with Dr\. Amara Okafor/);
  }, 300_000);
});
