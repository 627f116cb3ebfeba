import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { createAgentRouter } from '../../src/routing/agentRouter.ts';
import { DeskDomains } from '../../src/routing/deskDomains.ts';
import { ThingDomain } from '../../src/routing/foreignThings.ts';

/**
 * "What's the best way to sell my motorbike" to an estate agency: "motorbike" is kin to "car", which the
 * area desk's texts say ("do I need a car in Cedar Heights"), so the graph-wide test found nothing foreign,
 * and the word "sell" sent it to the sellers' desk, which deals in homes only. The thing a message is
 * about must be the chosen desk's kind of thing, or the business's (two desks or more deal in it);
 * otherwise the entry keeps it and says what it can do.
 */
describe('a thing the chosen desk never deals in stays at the entry', () => {
  it('keeps a vehicle to sell or list at the estate agency, and still routes a car question about an area', async () => {
    const graph = await loadGraph('real-estate');
    const router = createAgentRouter(graph, graph.entry);
    for (const text of ["what's the best way to sell my motorbike", "we'd like to list our caravan for sale"])
      expect(router.route(text), text).toMatchObject({ decision: 'stay', keptAs: 'foreign' });
    expect(router.route('do I need a car if we live in Maplewood')).toMatchObject({
      decision: 'handoff',
      target: 'NeighborhoodExplainer',
    });
    expect(router.route('I want to sell my house on Elm Street')).toMatchObject({
      decision: 'handoff',
      target: 'SellerIntake',
    });
  });

  it("at one desk, spares what a desk's neighbour says as often as another business: owners, premises, adjectives", () => {
    const desk = new ThingDomain([
      'Billing explains charges on an invoice and issues refunds',
      'why was I charged twice this month',
    ]);
    expect(desk.foreignThingsOf('my motorbike needs new tyres', { desk: true })).toEqual(['motorbike']);
    // "my insurer" is an organisation, "our new office" the customer's premises, "short" an adjective.
    expect(desk.foreignThingsOf('my insurer says the invoice is wrong', { desk: true })).toEqual([]);
    expect(desk.foreignThingsOf('please send the invoices to our new office', { desk: true })).toEqual([]);
    expect(desk.foreignThingsOf('I want to cut my hair short', { desk: true })).toEqual([]);
  });

  it('spares names and what the business deals in across its desks', async () => {
    const desks = new DeskDomains(await loadGraph('real-estate'));
    expect(desks.foreignToDesk('SellerIntake', 'how do I sell my old car')).toEqual(['car']);
    // A street said by name is no river, and a house is every desk's thing, not only the sellers'.
    expect(desks.foreignToDesk('TourBooker', 'I have to move the River Road viewing to friday')).toEqual([]);
    expect(desks.foreignToDesk('CrmWriter', 'we may sell our house next spring, please call me')).toEqual([]);
  });
});
