import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { createAgentRouter } from '../../src/routing/agentRouter.ts';
import { OwnThings, possessedWords } from '../../src/routing/ownThings.ts';

/**
 * "How would I get my condo up for sale with you, it's a 2 bed near the river": the beds and the river are
 * what buyers ask for, so the router sent a seller to the buyers' desk, whose texts deal in homes but
 * never in the customer's own. A message about a made thing of the customer's own goes to the
 * best-ranked desk whose texts speak of theirs, when the chosen desk only ever speaks of others'.
 */
describe("the customer's own home goes to the desk that deals in theirs", () => {
  it("sends a seller describing their home to the sellers' desk, and a buyer describing a wish stays", async () => {
    const graph = await loadGraph('real-estate');
    const router = createAgentRouter(graph, graph.entry);
    for (const text of [
      "how would I get my condo up for sale with you, it's a 2 bed near the river",
      'could you take on our home, a 4 bed in Riverside, we want 700k for it',
    ])
      expect(router.route(text), text).toMatchObject({
        decision: 'handoff',
        target: 'SellerIntake',
        // Recorded with the handoff and read in a transfer's briefing: the desk it went to, not the first pick.
        intent: expect.stringMatching(/^seller_intake\./),
      });
    // What the customer did with their own home is no request about it: they are buying now.
    for (const text of [
      'looking for a 3 bed house in Maplewood under 600k',
      'any 2 bed condos near the river for sale',
      'we sold our old house in the spring and now we want a 2 bed condo near the river',
    ])
      expect(router.route(text), text).toMatchObject({ decision: 'handoff', target: 'BuyerQualifier' });
  });

  it('reads "my place" as the home it means, by the synonym whose chief sense it shares', async () => {
    const graph = await loadGraph('real-estate');
    const router = createAgentRouter(graph, graph.entry);
    expect(router.route('whats my place worth roughly? 3 bed in riverside')).toMatchObject({
      decision: 'handoff',
      target: 'ComparablePuller',
    });
    expect(router.route('can you list my place in old town, 2 bed')).toMatchObject({
      decision: 'handoff',
      target: 'SellerIntake',
    });
    // Where their home is, told beside a question about the area, leaves the question to the area desk.
    expect(possessedWords("what's the walk score like? our house is 30 Fern Road")).toEqual([]);
    expect(router.route("what's the walk score like in Old Town? our house is 30 Fern Road")).toMatchObject({
      target: 'NeighborhoodExplainer',
    });
    // A place of another kind asked for is still the buyers'.
    expect(router.route('we want a bigger place, 4 bed in maplewood')).toMatchObject({
      target: 'BuyerQualifier',
    });
    // "my place in the queue": the sense of "place" no synonym chiefly means ("spot" is a point) is no home.
    const owners = new OwnThings(graph);
    const ranking = [
      { target: 'BuyerQualifier', p: 0.7 },
      { target: 'ComparablePuller', p: 0.2 },
    ];
    expect(owners.ownerOf('BuyerQualifier', 'my spot in the queue, 3 bed', ranking)).toBeUndefined();
  });

  it("leaves a desk that never says whose the thing is: 'my hair' at a salon's booking desk", async () => {
    const graph = await loadGraph('salon');
    const router = createAgentRouter(graph, graph.entry);
    expect(router.route('can you fit me in thursday to get my hair cut')).toMatchObject({
      target: 'Booking',
    });
  });

  it('reads what follows "my"/"our" past numbers and describing words, and "like ours"', async () => {
    expect(possessedWords('can you list my 3 bedroom in Lakeview')).toEqual(['bedroom']);
    expect(possessedWords('we want to sell our old house')).toEqual(['house']);
    expect(possessedWords('what are houses like ours selling for')).toEqual(['houses']);
    const owners = new OwnThings(await loadGraph('real-estate'));
    const ranking = [
      { target: 'BuyerQualifier', p: 0.7 },
      { target: 'SellerIntake', p: 0.2 },
    ];
    expect(owners.ownerOf('BuyerQualifier', 'my condo in Old Town, 2 bed', ranking)).toBe('SellerIntake');
    // An account or a company is the customer's at every desk: no made thing, no owner.
    expect(owners.ownerOf('BuyerQualifier', 'my account number is 4411', ranking)).toBeUndefined();
    // Too faint a desk to hand to.
    expect(
      owners.ownerOf('BuyerQualifier', 'my condo in Old Town', [{ target: 'SellerIntake', p: 0.01 }]),
    ).toBeUndefined();
  });
});
