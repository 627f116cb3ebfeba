import { describe, expect, it } from 'vitest';
import { converse } from '../../models/offlineScenario.ts';

// "and how much is balayage?" while the keratin quote waited for the hair length: the form kept the
// keratin and read the question as a length ("Sorry, I didn't catch that"). A question naming another
// of the things the quote lists asks for that one, and the length said next completes that quote.
describe('another service asked during a quote is quoted and completed', () => {
  it('quotes the second service and prices it for the length said next', async () => {
    const o = await converse(
      'salon',
      [
        'how much is a keratin smoothing?',
        'hmm and how much is balayage then?',
        "it's long, past my shoulders",
      ],
      { tool: 'color_quote', result: { found: true, serviceId: 'COL-BAL' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/balayage/i);
    expect(o.turns[2].reply).toMatch(/balayage/i);
  }, 180_000);
});
