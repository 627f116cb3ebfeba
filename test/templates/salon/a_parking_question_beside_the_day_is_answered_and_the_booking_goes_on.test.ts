import { describe, expect, it } from 'vitest';
import { converse } from '../../models/offlineScenario.ts';

// "saturday at 11 please, and is there parking near you?" to "Which day would you like to come in?":
// the parking was answered and the day dropped, so the day was asked again.
describe('a question asked beside the day at the salon', () => {
  it('is answered, and the booking asks what comes next', async () => {
    const o = await converse(
      'salon',
      ["can I book a women's cut with Jonas", 'saturday at 11 please, and is there parking near you?'],
      { reply: 'Mill Lane' },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).not.toMatch(/Which day/);
  }, 180_000);
});
