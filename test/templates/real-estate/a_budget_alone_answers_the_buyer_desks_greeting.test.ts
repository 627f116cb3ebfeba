import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

/**
 * "looking for a condo in old town", then "max 500 thousand" to the buyer desk's greeting "What's your
 * budget, and how many bedrooms do you need?": customers answer such a question one value at a time.
 * One criterion of the desk's search answers the greeting's question (statedCriteria.ts); the desk had
 * fallen back twice ("Tell me your budget, bedrooms…") and never searched.
 */
describe("a budget alone said to the buyer desk's greeting", () => {
  it('runs the search with the area said before', async () => {
    const o = await converse('real-estate', ['looking for a condo in old town', 'max 500 thousand'], {
      tool: 'search_listings',
      result: { found: true },
    });
    expect(o.unmet).toEqual([]);
    const search = toolsOf(o).find((t) => t.tool === 'search_listings');
    expect(search?.arguments).toMatchObject({ maxPrice: 500000, neighborhood: 'Old Town' });
  }, 180_000);

  it('a bare greeting back is not a search', async () => {
    const o = await converse('real-estate', ['looking for a condo in old town', 'ok thanks'], {
      reply: '',
    });
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('search_listings');
  }, 180_000);
});
