import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/app/loadGraph.ts';
import { addressQuestionOwner } from '../../../src/models/offline/addressOwner.ts';

// "…my brother and I have finally agreed we're going to sell it. … It's 23 Juniper Street in Lakeview,
// three bedrooms… Can you help us get it on the market?" (dialogue batch 25, dev): the router chose the
// sellers' desk on a coin's edge, and the front desk's reading of "a question about a home by its
// address" sent it to the buyers' desk, which asked for a budget.
describe('an inherited home to sell, named by its address, with a question', () => {
  const unsureSeller = {
    decision: 'handoff' as const,
    target: 'SellerIntake',
    confidence: 0.3,
    ranking: [
      { label: 'transfer_to_SellerIntake', target: 'SellerIntake', p: 0.3 },
      { label: 'transfer_to_BuyerQualifier', target: 'BuyerQualifier', p: 0.2 },
    ],
  };

  it('is the seller’s own home, not a question about one on the market', async () => {
    const graph = await loadGraph('real-estate');
    const edges = graph.byName.get('Triage')!.handoffs.map((e) => e.toolName);
    const owner = (text: string) => addressQuestionOwner(graph, 'Triage', text, edges, unsureSeller);
    expect(
      owner(
        "Gran left us the house at 7 Maple Court and we've agreed we're going to sell it. Can you help us get it on the market?",
      ),
    ).toBeUndefined();
    expect(owner("we inherited 7 Maple Court from my uncle, what's the first step?")).toBeUndefined();
    // A home on the market asked about by its address still goes to the desk that looks it up.
    expect(owner('is 7 Maple Court still on the market?')?.toolName).toBe('transfer_to_BuyerQualifier');
  });
});
