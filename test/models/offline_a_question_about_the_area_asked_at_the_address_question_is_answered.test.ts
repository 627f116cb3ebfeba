import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * "actually first, what are the schools like in Lakeview?" said to the sellers' "What's the street
 * address of the home you'd like to sell?": Lakeview is a value of the listing form, so the question
 * was held as its answer ("Thanks." and the address question again). It gives no address and the area
 * desk serves it; the listing starts when the address is said after.
 */
describe('a question about the area asked at the address question is answered', () => {
  it('goes to the neighborhood desk, and the address said next starts the listing', async () => {
    const o = await converse(
      'real-estate',
      [
        'I want to sell my house',
        'actually first, what are the schools like in Lakeview?',
        'ok great. so the house is 9 Cedar Court, Lakeview',
      ],
      [
        { tool: 'describe_neighborhood', result: { neighborhood: 'Lakeview' } },
        { tool: 'draft_listing', result: { drafted: true } },
      ],
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].agent).toBe('NeighborhoodExplainer');
    expect(o.turns[1].reply).toMatch(/Schools rate/);
    const drafts = toolsOf(o).filter((t) => t.tool === 'draft_listing');
    expect(drafts.at(-1)?.arguments).toMatchObject({ neighborhood: 'Lakeview' });
  }, 120_000);

  it('still takes an address that names the area as the answer', async () => {
    const o = await converse(
      'real-estate',
      ['I want to sell my house', "it's 9 Cedar Court in Lakeview, is that a good area to sell in?"],
      { tool: 'draft_listing', result: { drafted: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].agent).toBe('SellerIntake');
  }, 120_000);
});
