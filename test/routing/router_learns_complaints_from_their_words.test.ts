import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { createAgentRouter } from '../../src/routing/agentRouter.ts';
import { extractRouterFeatures } from '../../src/routing/routerFeatures.ts';
import { isNegativeAt } from '../../src/routing/valence.ts';

/**
 * A complaint is said in bad words whatever it is about ("my cut was terrible" shares "cut" with a
 * booking). The router's features mark such words from AFINN-165's valence ratings, so the desk whose
 * examples complain (salon: CustomerService) learns complaints it never saw.
 */
const tokens = (text: string) => text.toLowerCase().split(' ');

describe('the router learns complaints from their words', () => {
  it('marks negative words and a positive word after a negation, nothing else', () => {
    expect(isNegativeAt(tokens('she was rude'), 2)).toBe(true);
    expect(isNegativeAt(tokens('i am not happy'), 3)).toBe(true);
    expect(isNegativeAt(tokens('i am so happy'), 3)).toBe(false);
    expect(isNegativeAt(tokens('book a cut'), 2)).toBe(false);
    const features = extractRouterFeatures('my trim was terrible').counts;
    expect([...features.keys()].filter((k) => k.includes('valence'))).toEqual(['k|valence.negative']);
    expect([...extractRouterFeatures('book a trim').counts.keys()].some((k) => k.includes('valence'))).toBe(
      false,
    );
  });

  it("sends a salon complaint in a booking's words to customer service", async () => {
    const graph = await loadGraph('salon');
    const router = createAgentRouter(graph, graph.entry);
    for (const complaint of [
      "I'm disappointed with my cut from saturday",
      'my trim was terrible, she took off far too much',
      "my layers were cut really badly and I'm so upset",
    ])
      expect(router.route(complaint), complaint).toMatchObject({
        decision: 'handoff',
        target: 'CustomerService',
      });
    // A request to book is still a booking.
    expect(router.route('can I book a trim for saturday morning')).toMatchObject({ target: 'Booking' });
  });
});
