import { describe, expect, it } from 'vitest';
import { converse } from '../../models/offlineScenario.ts';

// "Could it be Thursday instead, same time at 4? And what time do you close, my son has to drive me."
// to "Which day would you like instead?" (dialogue batch 26, dev): the hours were answered and the day
// dropped, the question was asked again, and "Yes, please move it." then caught nothing.
describe('a question asked beside the day a form asked for', () => {
  it('is answered, and the move goes on with the day given', async () => {
    const o = await converse(
      'healthcare',
      [
        'I have to move my appointment with Dr Okafor',
        'Dana Ruiz, 12 March 1984',
        'wednesday morning at 9 works. what are your opening hours by the way?',
        'yes',
      ],
      [{ reply: 'open every day' }, { tool: 'reschedule_appointment', result: { rescheduled: true } }],
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[2].reply).toMatch(/open every day[\s\S]*Just to confirm/);
  }, 180_000);
});
