import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

// "what's my house worth? 3 bed semi in Maplewood, about 1200 sq ft" listed the area's sales and their
// price per square foot, and stopped there: the caller's own home was never valued. A size said in
// square feet ("1200 sq ft", "1,200 square feet") is now read as the home's size, and the home is
// valued at the comparables' median price per square foot.
describe('a home said by its size is valued', () => {
  it('values a 1200 sq ft Maplewood home from its comparables', async () => {
    const o = await converse(
      'real-estate',
      ["what's my house worth? 3 bed semi in Maplewood, about 1200 sq ft"],
      { tool: 'pull_comparables', result: { found: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].tools[0].arguments).toMatchObject({
      neighborhood: 'Maplewood',
      bedrooms: 3,
      sizeSqft: 1200,
    });
    expect(o.turns[0].reply).toMatch(/At 1,200 sq ft, your home would be worth about \$\d{3},000/);
  }, 180_000);
});

// "what would my house be worth? … 3 bed in Maplewood" (no size) listed the sales and gave no figure
// for the seller's own home: it is now valued at the median sale of the area's 3-bed comparables.
describe('a home said by its bedrooms alone is valued', () => {
  it('values a 3-bed Maplewood home at the median of its 3-bed sales', async () => {
    const o = await converse(
      'real-estate',
      ["hi, what would my house be worth? I'm thinking of selling, it's 3 bed in Maplewood"],
      { tool: 'pull_comparables', result: { found: true } },
    );
    expect(o.unmet).toEqual([]);
    // Maplewood's 3-bed sales: $602,000 and $575,000.
    expect(o.turns[0].tools[0].result).toMatchObject({ estimate: '$589,000' });
    expect(o.turns[0].reply).toMatch(/a 3-bed home in Maplewood would be worth about \$589,000/);
  }, 180_000);
});
