import { describe, expect, it } from 'vitest';
import { countsBesideAmounts } from '../../../src/models/offline/oneAmountOneValue.ts';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

/**
 * "around 460" to "What's the most you'd like to spend?" (a price in thousands) filled the budget and
 * the minimum bedrooms with 460, and the search found nothing. A number the budget took is a count only
 * with its unit said ("3 bed"); the count said earlier with its unit stays. "budget around 460" said in
 * the first message is a limit as "budget 460" is.
 */
describe('a budget said in thousands is not a bedroom count', () => {
  it('"around 460" to the budget question searches under $460,000, keeping the 3 beds said before', async () => {
    const o = await converse('real-estate', ['looking to buy a 3 bed house in Lakeview', 'around 460'], {
      tool: 'search_listings',
      result: { found: true },
    });
    expect(o.unmet).toEqual([]);
    const last = toolsOf(o)
      .filter((t) => t.tool === 'search_listings')
      .at(-1);
    expect(last?.arguments).toMatchObject({ maxPrice: 460, bedrooms: 3 });
  }, 180_000);

  it('"budget around 460" in the request is the budget', async () => {
    const o = await converse('real-estate', ['I want to buy a home, budget around 460'], {
      tool: 'search_listings',
      result: { found: true },
    });
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o)[0]?.arguments).toMatchObject({ maxPrice: 460 });
    expect((toolsOf(o)[0]?.arguments as { bedrooms?: number } | undefined)?.bedrooms ?? null).toBeNull();
  }, 180_000);

  it('a count said with its unit keeps its number', () => {
    const schema = {
      properties: {
        maxPrice: { type: 'number', description: 'Most the buyer wants to spend, in dollars' },
        bedrooms: { type: 'integer', description: 'Minimum number of bedrooms' },
      },
    };
    expect([...countsBesideAmounts(schema, { maxPrice: 460, bedrooms: 460 }, ['around 460'])]).toEqual([
      ['bedrooms', undefined],
    ]);
    expect(countsBesideAmounts(schema, { maxPrice: 3, bedrooms: 3 }, ['3 beds, max 3']).size).toBe(0);
  });
});
