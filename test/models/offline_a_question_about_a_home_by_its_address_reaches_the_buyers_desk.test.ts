import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// "I'm enquiring about the house at 44 Cedar Lane. Is it all on one level?" went from the front desk to
// the sellers' desk, which drafted a listing of someone else's home; "whats the asking price on 41 Orchard
// Lane?" went to valuations. A question about a home named by its street address goes to the desk that
// can look a home up by its address; the customer's own home still goes to the sellers' side.
describe('a question about a home named by its address', () => {
  it('is answered from the listing, and drafts nothing', async () => {
    for (const [question, fact] of [
      ["Hello, I'm asking about the house at 44 Cedar Lane. Does it have a big garden?", /44 Cedar Lane/],
      ['whats the asking price on 41 Orchard Lane?', /689,000/],
    ] as const) {
      const o = await converse('real-estate', [question], {
        reply: fact.source,
        never_tools: ['draft_listing'],
      });
      expect(o.unmet).toEqual([]);
      expect(o.turns[0].agent).toBe('BuyerQualifier');
      expect(toolsOf(o).map((c) => c.tool)).toContain('get_listing');
    }
  }, 180_000);

  it("leaves the customer's own home to the sellers' side", async () => {
    const o = await converse('real-estate', ['what could my house at 12 Oak Lane sell for?'], {
      never_tools: ['get_listing'],
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].agent).not.toBe('BuyerQualifier');
  }, 60_000);
});
