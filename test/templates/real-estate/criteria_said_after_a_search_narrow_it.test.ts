import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// A first-time buyer on the phone (dialogue batch 27, dev): "our budget's about four hundred and fifty
// thousand, max" was no budget (only "budget is"/"budget of" led one), and "three bedrooms, and we like
// the lakeview area" after the homes were listed went to the neighbourhood desk, which described
// Lakeview; the search was never narrowed.
describe('a budget said as "budget\'s", then criteria said after the homes are listed', () => {
  it('searches by the budget, then narrows the search by the criteria', async () => {
    const o = await converse(
      'real-estate',
      [
        'hello, my wife and I want to buy a house',
        "our budget's about seven hundred thousand, max",
        'four bedrooms, and we really like the maplewood area',
      ],
      { tool: 'search_listings', result: { found: true, count: 1 } },
    );
    expect(o.unmet).toEqual([]);
    const searches = toolsOf(o).filter((t) => t.tool === 'search_listings');
    expect(searches.at(-2)?.arguments).toMatchObject({ maxPrice: 700000 });
    expect(searches.at(-1)?.arguments).toMatchObject({
      maxPrice: 700000,
      bedrooms: 4,
      neighborhood: 'Maplewood',
    });
    expect(o.turns[2].agent).toBe('BuyerQualifier');
  }, 180_000);

  it('leaves a viewing asked with criteria to the viewings desk', async () => {
    const o = await converse(
      'real-estate',
      [
        'we want to buy a place in lakeview',
        'up to 450 thousand',
        'can we book a viewing of the 3 bed in maplewood on saturday',
      ],
      { handoff: 'TourBooker' },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
