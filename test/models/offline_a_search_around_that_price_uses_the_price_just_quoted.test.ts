import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// After "a home up to about $566,000" from the mortgage desk, "what's actually for sale around that price
// with at least 2 bedrooms?" read one listing's details ("for sale"), then searched under the $140,000
// income said before. The bedrooms said are the search's, and "that price" is the one just discussed.
describe('a search "around that price" after an affordability quote', () => {
  it('searches with the bedrooms said, under the price just quoted', async () => {
    const o = await converse(
      'real-estate',
      [
        'we make about 120k a year combined and have 10% saved, how much house can we afford?',
        'ok and what is for sale around that price with 3 bedrooms?',
      ],
      { tool: 'search_listings', result: { found: true } },
    );
    expect(o.unmet).toEqual([]);
    const search = toolsOf(o).find((c) => c.tool === 'search_listings');
    expect(search?.arguments).toEqual({ bedrooms: 3 });
    expect(o.turns[1].reply).not.toMatch(/\$120,000/);
  }, 120_000);
});
