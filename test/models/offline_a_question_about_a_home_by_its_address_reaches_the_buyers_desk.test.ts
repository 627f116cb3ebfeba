import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// "I'm enquiring about the house at 44 Cedar Lane. Is it all on one level?" went from the front desk to
// the sellers' desk on "house", which drafted a listing of someone else's home. A question about a home
// named by its street address goes from there to the desk that can look a home up by its address; the
// customer's own home still goes to the sellers' side.
describe('a question about a home named by its address', () => {
  it('is answered from the listing, and drafts nothing', async () => {
    for (const [question, fact] of [
      ['question about the house at 44 Cedar Lane - is the roof new?', /44 Cedar Lane/],
      ['quick question about the house at 8 Elm Street, is the roof new?', /8 Elm Street/],
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

  it("leaves the customer's own home, and a seller's question, to the sellers' side", async () => {
    for (const said of [
      'what could my house at 12 Oak Lane sell for?',
      'how do I go about selling 12 Oak Lane?',
    ]) {
      const o = await converse('real-estate', [said], { never_tools: ['get_listing'] });
      expect(o.unmet).toEqual([]);
      expect(o.turns[0].agent).not.toBe('BuyerQualifier');
    }
  }, 60_000);
});
