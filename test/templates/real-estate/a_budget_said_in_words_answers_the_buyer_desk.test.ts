import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// "up to a million" to the buyer desk's "What's your budget, and how many bedrooms do you need?" went
// to the complaints desk: "a million" was no amount, and the router's guess moved the customer on. A
// million said in words is an amount, a search criterion answers the greeting's question wherever the
// router leans, and a criterion added next ("any with 5 bedrooms?") searches again with the budget kept.
describe('a budget said in words to the buyer desk', () => {
  it('is searched, and a bedroom count added after keeps it', async () => {
    const o = await converse(
      'real-estate',
      ["I'm looking for something with a pool", 'up to a million', 'any with 5 bedrooms?'],
      { tool: 'search_listings', reply: 'LST-1010, 33 Ridge Road', never_tools: ['open_escalation'] },
    );
    expect(o.unmet).toEqual([]);
    const searches = toolsOf(o).filter((t) => t.tool === 'search_listings');
    expect(searches.map((s) => s.arguments)).toEqual([
      { maxPrice: 1000000 },
      { maxPrice: 1000000, bedrooms: 5 },
    ]);
  }, 180_000);
});
