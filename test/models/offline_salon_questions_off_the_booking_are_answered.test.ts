import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

// "do you sell gift vouchers?" got the front desk's fallback, and mid-booking "Sorry, I didn't catch
// that"; "do you do nails?" got a list of what the agents do. The salon now answers both (its facts),
// also mid-form, and the booking goes on. An answer asked for a third time is said as a repeat rather
// than refused, and "bye" says goodbye whatever was asked last.
describe('salon questions off the booking are answered', () => {
  it('answers gift vouchers mid-booking and goes on with the booking', async () => {
    const o = await converse(
      'salon',
      ["book me a men's cut on friday at 11", 'do you do gift vouchers?', 'Tom Reyes', '07700 900888', 'yes'],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(
      /^Yes, we sell gift vouchers .*What name should I put the booking under\?$/,
    );
  }, 180_000);

  it('says what the salon does not do, repeats an answer as a repeat, and says goodbye', async () => {
    const o = await converse(
      'salon',
      [
        'do you do nails?',
        'what time do you close?',
        'what time do you close?',
        'what time do you close on saturday?',
        'ok bye',
      ],
      { reply: 'hair salon only' },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[3].reply).toMatch(/^As I said, we're open Tuesday to Saturday/);
    expect(o.turns[4].reply).toBe('Thanks for getting in touch. Have a good day!');
  }, 180_000);
});
