import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

/**
 * "2 beds is fine" right after a search answered, "and at 20% down?" right after a mortgage quote: a
 * few words changing one criterion of the look-up just answered, with no tool word in them, got the
 * desk's fallback. They ask the same look-up again, the other criteria kept (refinedLookUp.ts).
 */
describe('one criterion changed right after a look-up answered', () => {
  it('searches again with fewer bedrooms, the area and budget kept', async () => {
    const o = await converse(
      'real-estate',
      ['looking for a 3 bed in Maplewood under 800k', '2 beds is fine'],
      {
        tool: 'search_listings',
        result: { found: true },
      },
    );
    expect(o.unmet).toEqual([]);
    const [, again] = toolsOf(o);
    expect(again.arguments).toMatchObject({ bedrooms: 2, neighborhood: 'Maplewood', maxPrice: 800000 });
  }, 180_000);

  it('quotes again at the new down payment on the same price', async () => {
    const o = await converse(
      'real-estate',
      ['what would my monthly payment be on a 450k house with 10% down?', 'and at 20% down?'],
      { tool: 'quote_mortgage' },
    );
    expect(o.unmet).toEqual([]);
    const [, again] = toolsOf(o);
    expect(again.arguments).toMatchObject({ price: 450000, downPaymentPercent: 20 });
    expect(o.turns[1].reply).toMatch(/20% down/);
  }, 180_000);
});
