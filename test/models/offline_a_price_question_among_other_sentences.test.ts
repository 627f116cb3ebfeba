import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

// "How much would it be to cover my greys? Just the roots really, they're coming through at the
// parting." got the colour desk's greeting: no tool fitted the whole message well enough, and the
// parting's "coming through" leaned to the booking look-up. A price question naming a thing is for the
// one look-up that gives prices and takes the thing in words.
describe('a price question among other sentences', () => {
  it('quotes a root touch-up, then books it with Priya', async () => {
    const o = await converse(
      'salon',
      [
        "how much to cover my greys? only the roots, they're coming through at the parting again.",
        'ok book that for Friday at 11 with Priya',
        'Margaret Holloway, 07700 900365',
        'yes',
      ],
      [
        { tool: 'color_quote', result: { found: true, service: 'root touch-up', price: '$75' } },
        { tool: 'book_appointment', result: { booked: true, service: 'root touch-up', stylist: 'Priya' } },
      ],
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);

  it('says the prices by length when a length-priced service is asked about', async () => {
    const o = await converse('salon', ['how much do you charge for keratin smoothing?', 'hmm not sure'], {
      reply: '\\$250 for short, \\$275 for medium, \\$300 for long',
    });
    expect(o.unmet).toEqual([]);
    // The rephrased question's example is one of the lengths, not "the hair length".
    expect(o.turns[1].reply).toMatch(/For example: short$/);
  }, 180_000);
});
