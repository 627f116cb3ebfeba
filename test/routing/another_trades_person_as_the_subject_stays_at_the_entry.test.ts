import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { createAgentRouter } from '../../src/routing/agentRouter.ts';
import { ThingDomain } from '../../src/routing/foreignThings.ts';

/**
 * "The plumber charged me twice for the same call-out" at a software desk went to Billing on
 * "charged"; "the plumber is late again" at a salon went to the complaints desk. Another trade's people
 * (WordNet: a kind of worker or professional the graph never names nor is kin to) as the subject of
 * what happened are another business's story. Only after "the": "my receptionist can't log in" is the
 * customer's own staff at a desk that serves businesses.
 */
describe("another trade's person as the subject stays at the entry", () => {
  const salon = new ThingDomain([
    'CustomerService handles complaints when a stylist was rude or a cut went wrong',
    'Booking takes new appointments with a stylist for a cut or colour',
  ]);

  it('names the tradesperson at the start of a clause after "the"', () => {
    expect(salon.foreignThingsOf('the plumber is late again')).toEqual(['plumber']);
    expect(salon.foreignThingsOf('hi, the electrician never turned up')).toEqual(['electrician']);
  });

  it("leaves the graph's own trade, the customer's own staff, and a trade not in subject position alone", () => {
    expect(salon.foreignThingsOf('the stylist was rude to me')).toEqual([]);
    expect(salon.foreignThingsOf('my receptionist wants to book a cut')).toEqual([]);
    expect(salon.foreignThingsOf('can I book a cut before I see the dentist')).toEqual([]);
  });

  it('keeps it at the support entry, and still routes a charge of the desk’s own', async () => {
    const graph = await loadGraph('support');
    const router = createAgentRouter(graph, graph.entry);
    const plumber = router.route('the plumber charged me twice for the same call-out');
    expect(plumber.decision).toBe('stay');
    expect(plumber.reason).toMatch(/plumber/);
    expect(router.route('you charged me twice for the same invoice this month')).toMatchObject({
      decision: 'handoff',
      target: 'Billing',
    });
  });
});
