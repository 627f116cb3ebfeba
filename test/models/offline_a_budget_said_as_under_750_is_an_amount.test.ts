import { describe, expect, it } from 'vitest';
import { findMoney } from '../../src/models/offline/amounts.ts';
import { converse, toolsOf } from './offlineScenario.ts';

describe('a budget said as a bare limit', () => {
  it('reads "under 750" as an amount, never a count, a time or a percent', () => {
    expect(findMoney('anything in Lakeview under 600?')).toBe(600);
    expect(findMoney('up to 1,200,000')).toBe(1200000);
    expect(findMoney('under 3 bedrooms')).toBeUndefined();
    expect(findMoney('under 10% down')).toBeUndefined();
    expect(findMoney('no more than 30 minutes away')).toBeUndefined();
    expect(findMoney('by 5pm')).toBeUndefined();
  });

  it('searches with it rather than asking for the budget again', async () => {
    const o = await converse('real-estate', ['any 3 bed places in Maplewood under 600?'], {
      tool: 'search_listings',
      result: { found: true },
    });
    expect(o.unmet).toEqual([]);
    // Before: "What's the most you'd like to spend?" (no $ and no k: no amount).
    expect(toolsOf(o)[0].arguments).toMatchObject({ maxPrice: 600, bedrooms: 3 });
  }, 120_000);
});
