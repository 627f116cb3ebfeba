import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { createAgentRouter } from '../../src/routing/agentRouter.ts';

/**
 * A request relayed with a contraction: "my mum rang, she'd like her appointment moved". Normalisation
 * drops the apostrophe, and "she'd" became "shed", a building no agent handles, so the entry kept the
 * request as another business's (2026-11-28: the salon and clinic kept the move, the software desk kept
 * "she'd like a refund on the invoice"). And an owner after "my" is judged by the narrower kinship: "my
 * glasses prescription" is an optician's, though glasses and the clinic's things are both containers of
 * a kind in WordNet, while "the orchard lane one" (a house on Orchard Lane) is still a listing.
 */
async function entryRouter(template: string) {
  const graph = await loadGraph(template);
  return createAgentRouter(graph, graph.entry);
}

describe('someone else’s request said with a contraction', () => {
  it('is routed as the move it is, not kept as a shed', async () => {
    const salon = await entryRouter('salon');
    expect(salon.route("my mum rang, she'd like her appointment moved")).toMatchObject({
      decision: 'handoff',
      target: 'CustomerService',
    });
    // The clinic's front desk moves appointments itself: it keeps the move as its own, not as foreign.
    const clinic = await entryRouter('healthcare');
    const kept = clinic.route("my mum rang, she'd like her appointment moved");
    expect(kept.decision).toBe('stay');
    expect(kept.keptAs).toBeUndefined();
  });

  it('reaches billing when she would like a refund', async () => {
    const support = await entryRouter('support');
    expect(support.route("she'd like a refund on the invoice")).toMatchObject({
      decision: 'handoff',
      target: 'Billing',
    });
  });

  it('keeps an optician’s prescription at the clinic’s front desk, not a listing on a street', async () => {
    const clinic = await entryRouter('healthcare');
    const optician = clinic.route(
      'my glasses prescription from Vision Express is out of date, can I get an eye test there this week?',
    );
    expect(optician).toMatchObject({ decision: 'stay', keptAs: 'foreign' });
    const realEstate = await entryRouter('real-estate');
    expect(realEstate.route('the orchard lane one can we see it saturday at eleven').keptAs).toBeUndefined();
  });
});
