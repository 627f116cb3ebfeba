import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { createAgentRouter } from '../../src/routing/agentRouter.ts';
import { ThingDomain } from '../../src/routing/foreignThings.ts';

/**
 * "I'm retiring and shutting down the plumbing business so I need to close my account": "plumbing" before
 * the desk's own word "business" read as another business owning it ("the gas company"), and the entry
 * kept a closure it handles. When the request acts on a thing of ours that no foreign owner holds ("close
 * my account"), an owner said elsewhere in the message is the customer's own trade, said as why.
 */
const SOFTWARE_DESK = [
  'Billing handles invoices, the bill for your plan, refunds and closing the account of a business',
  'why is my bill so high',
  'TechSupport helps when calls drop or a webhook fails, and with passwords and logins',
];

describe("the customer's own trade said as why leaves the request to the router", () => {
  const domain = new ThingDomain(SOFTWARE_DESK);

  it('drops the owner when the request acts on a thing of ours, and keeps it otherwise', () => {
    expect(
      domain.foreignThingsOf('we are selling the plumbing business to my nephew so please close my account'),
    ).toEqual([]);
    expect(domain.foreignThingsOf('the plumbing business sent us a bill')).toEqual(['plumbing']);
    // The thing acted on has a foreign owner itself: still another business's.
    expect(domain.foreignThingsOf('please explain my electricity bill')).toEqual(['electricity']);
  });

  it('hands the closure on at the support entry, and still keeps a bank card in trouble', async () => {
    const graph = await loadGraph('support');
    const router = createAgentRouter(graph, graph.entry);
    expect(
      router.route("we're winding down the plumbing business after 30 years so I need to close my account"),
    ).toMatchObject({ decision: 'handoff', target: 'Billing' });
    const afterHours = await loadGraph('after-hours');
    const root = createAgentRouter(afterHours, afterHours.entry);
    expect(
      root.route('my bank card got declined at the gas station, can you check my balance').decision,
    ).toBe('stay');
  });
});
