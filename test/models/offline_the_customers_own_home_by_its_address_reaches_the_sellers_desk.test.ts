import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

// "morning, we'd like to put our place on the market, it's 9 Larch Avenue in Cedar Heights": the router
// heard the neighbourhood and the area desk described Cedar Heights; the home was never drafted. The
// customer's own home by its street address, said as no question to a desk that changes nothing, goes
// to the desk whose change takes a home by its address.
describe("the customer's own home by its address reaches the sellers' desk", () => {
  it('drafts the listing for a home said with its neighbourhood', async () => {
    for (const said of [
      "hi, we'd like to get our place listed, it's 30 Fern Road in Old Town",
      "we're moving abroad so we want to put our home on the market, it's 4 Quay Street in Harbor Point",
    ]) {
      const o = await converse('real-estate', [said], {
        tool: 'draft_listing',
        result: { drafted: true },
        never_tools: ['describe_neighborhood', 'search_listings'],
      });
      expect(o.unmet).toEqual([]);
      expect(o.turns[0].agent).toBe('SellerIntake');
    }
  }, 180_000);

  it('leaves a question about the area of their home to the area desk', async () => {
    const o = await converse(
      'real-estate',
      ["what's the walk score like in Old Town? our place is 30 Fern Road"],
      {
        tool: 'describe_neighborhood',
        never_tools: ['draft_listing'],
      },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
