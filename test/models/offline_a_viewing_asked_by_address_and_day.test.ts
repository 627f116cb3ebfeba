import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// Dev rows of batch 20 (2026-11-27), at the realtor's.
describe('a viewing asked by address and day', () => {
  // "could I come and look at 27 Willow Court on Thursday?" stayed at the front desk, which answered its
  // menu to it and to every message after; at the viewings desk the day then said as the better one
  // ("Thursday I have work late. Friday would be better") lost to Thursday, and the home was booked as
  // "Friday would be better…".
  it('books the home by its address on the day said as the better one', async () => {
    const o = await converse(
      'real-estate',
      [
        'Hello, could we pop round and look at 27 Willow Court on Wednesday?',
        'Hmm, Wednesday I have a dentist. Thursday works better, 4:30 if possible.',
        'Ana Costa',
        '415-555-0199',
      ],
      { tool: 'book_tour', result: { booked: true, listingId: 'LST-1014' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns.at(-1)!.reply).toMatch(/27 Willow Court on Thursday .* at 16:30/);
  }, 120_000);

  // "something under 600k", then "the monthly payment on LST-1014 with 10% down": the limit had been
  // taken as the household's income (what $600,000 a year affords) and then as the home's price.
  it("quotes the named listing's price, not a limit said before", async () => {
    const o = await converse(
      'real-estate',
      [
        "We're after something under 600k with at least 2 bedrooms.",
        'What would the monthly payment be on LST-1014 if we put 10% down?',
      ],
      { tool: 'quote_mortgage', result: { found: true, price: '$389,000', downPaymentPercent: 10 } },
    );
    expect(o.unmet).toEqual([]);
    const quote = toolsOf(o).find((t) => t.tool === 'quote_mortgage');
    expect(quote?.arguments).not.toHaveProperty('annualIncome');
  }, 120_000);
});
