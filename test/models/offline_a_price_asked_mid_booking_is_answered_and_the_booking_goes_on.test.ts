import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

// "actually wait whats the price" while Booking asked for the name was a failed answer ("Sorry, I didn't
// catch that"): only "how much is that?" pointed back at the booking's service. A price question with
// no service of its own ("the price", "how much?") is about the booking's; the form then goes on.
describe('a price asked mid-booking is answered and the booking goes on', () => {
  it('quotes the blow-dry, asks the name again, and books on "yes"', async () => {
    const o = await converse(
      'salon',
      [
        "I'd like to book a blow dry on friday at 10",
        'actually wait whats the price',
        'Amy Fox',
        '07700 900111',
        'yes',
      ],
      { tool: 'book_appointment', result: { booked: true, service: 'blow-dry' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/^A blow-dry is \$\d+ .* What name should I put the booking under\?$/);
    expect(o.turns[4].reply).toMatch(/You're booked: blow-dry/);
  }, 180_000);

  it('"how much?" alone is about the booking too', async () => {
    const o = await converse(
      'salon',
      ["I'd like to book a men's cut on saturday at 2pm", 'how much?', 'Ben Ash', '07700 900112', 'yes'],
      { tool: 'book_appointment', result: { booked: true, service: "men's cut" } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/men's cut is \$\d+/i);
  }, 180_000);
});
