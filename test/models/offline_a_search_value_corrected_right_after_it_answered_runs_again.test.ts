import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// "looking for a 2 bed condo in Old Town under 450" found nothing, and "sorry I meant 500k not 450" got
// the buyer desk's fallback: the correction names no search, so nothing matched it. A correction said
// right after one of our look-ups answered, giving a new value for one of the values it ran with, runs
// it again with that value and the others as they were; the old value said beside it ("not 450") is not
// read as the new one.
describe('a search value corrected right after it answered runs again', () => {
  it('runs the search again with the corrected budget and the same bedrooms and area', async () => {
    const o = await converse(
      'real-estate',
      ['2 bed condo in Old Town under 450k please', 'sorry, I meant 500k not 450'],
      { tool: 'search_listings', result: { found: true, listings: ['LST-1007'] } },
    );
    expect(o.unmet).toEqual([]);
    const searches = toolsOf(o).filter((t) => t.tool === 'search_listings');
    expect(searches.map((t) => t.arguments)).toEqual([
      { maxPrice: 450000, bedrooms: 2, neighborhood: 'Old Town' },
      { maxPrice: 500000, bedrooms: 2, neighborhood: 'Old Town' },
    ]);
  }, 180_000);

  it('leaves a message that corrects nothing the search ran with to the rest of the model', async () => {
    const o = await converse('real-estate', ['3 bed in Lakeview under 500k', 'sorry, 3 beds was right'], {
      never_tools: ['book_tour'],
    });
    expect(toolsOf(o).filter((t) => t.tool === 'search_listings')).toHaveLength(1);
  }, 180_000);
});
