import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { createAgentRouter } from '../../src/routing/agentRouter.ts';
import { ThingDomain } from '../../src/routing/foreignThings.ts';
import { namesABrand } from '../../src/routing/otherBrands.ts';

/**
 * "my soundcloud subscription renewed without asking": a brand is no word WordNet knows, so the
 * message was only "subscription" and "renewed" to a software desk, which routed it to billing with
 * confidence. A brand the graph's own texts never name is another business's; one they name is the
 * graph's own integration, and a business's "our <brand>" is its own system.
 */
const SOFTWARE_DESK = [
  'Billing handles invoices, subscriptions, refunds and plan changes; we take card or PayPal',
  'TechSupport helps when calls drop, a webhook fails, or a password or login does not work',
];

describe('another business named by its brand stays at the entry', () => {
  const domain = new ThingDomain(SOFTWARE_DESK);

  it('reads a brand WordNet does not know as a brand, and leaves English words to WordNet', () => {
    expect(namesABrand('soundcloud')).toBe(true);
    expect(namesABrand('duolingo')).toBe(true);
    // WordNet's words, even when they are brands too.
    expect(namesABrand('apple')).toBe(false);
    expect(namesABrand('zoom')).toBe(false);
    expect(namesABrand('invoice')).toBe(false);
  });

  it("judges another's brand foreign, but not the graph's own nor a business's own system", () => {
    expect(domain.foreignThingsOf('my soundcloud subscription renewed without asking')).toEqual([
      'soundcloud',
    ]);
    expect(domain.foreignThingsOf('i want to cancel duolingo premium')).toEqual(['duolingo']);
    // The brand as who did it.
    expect(domain.foreignThingsOf('Soundcloud billed me twice this month, how do I get it back')).toEqual([
      'soundcloud',
    ]);
    // The desk names PayPal as a way to pay.
    expect(domain.foreignThingsOf('my paypal payment to you failed')).toEqual([]);
    // Said as the customer's own business system.
    expect(domain.foreignThingsOf('our okta login stopped working for the whole team')).toEqual([]);
  });

  it('keeps the brand at the support entry and still routes the desk’s own request', async () => {
    const graph = await loadGraph('support');
    const router = createAgentRouter(graph, graph.entry);
    expect(router.route('my duolingo subscription charged me again after I cancelled').decision).toBe('stay');
    expect(router.route('my subscription charged me again after I cancelled')).toMatchObject({
      decision: 'handoff',
      target: 'Billing',
    });
  });
});
