import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { createAgentRouter } from '../../src/routing/agentRouter.ts';

/**
 * Other businesses' requests that the entry's foreign-thing test missed because of where they put the
 * thing (routing dev8, 2026-11-28): a need said after the story ("locked out of my house, need a
 * locksmith"), a request put in texting ("tryna book a table"), and a bill whose owner opens the message
 * with no "my" before it ("gas bill came in way too high", "water bill balance"). The desk's own
 * requests put the same ways still reach its specialists.
 */
async function entryRouter(template: string) {
  const graph = await loadGraph(template);
  return createAgentRouter(graph, graph.entry);
}

describe('a need said late, a request put in texting, an owner said first', () => {
  it('keeps a need for another trade said after the story', async () => {
    const router = await entryRouter('after-hours');
    for (const text of [
      'locked out of my house, need a locksmith',
      'locked out of my truck need a locksmith',
      'pipe burst under the kitchen sink, need an emergency plumber tonight',
    ])
      expect(router.route(text), text).toMatchObject({ decision: 'stay' });
  });

  it('keeps a table asked for in texting, and books the salon’s own service asked for so', async () => {
    const salon = await entryRouter('salon');
    expect(salon.route('tryna book a table for 4 sat night').decision).toBe('stay');
    expect(salon.route('tryna book a haircut for sat morning')).toMatchObject({
      decision: 'handoff',
      target: 'Booking',
    });
  });

  it('keeps a bill whose owner opens the message, and routes the desk’s own bill said so', async () => {
    const router = await entryRouter('after-hours');
    for (const text of ['gas bill came in way too high', 'water bill balance'])
      expect(router.route(text), text).toMatchObject({ decision: 'stay' });
    // The entry hands a bill to its operations lead, whose ladder passes it on to Billing.
    expect(router.route('bill came in way too high')).toMatchObject({
      decision: 'handoff',
      target: 'OperationsLead',
    });
  });

  it('takes no word straight before a contraction or a kind of the desk’s thing for an owner', async () => {
    const support = await entryRouter('support');
    expect(support.route('cant log in to my acct since this morning')).toMatchObject({
      target: 'TechSupport',
    });
    const clinic = await entryRouter('healthcare');
    expect(clinic.route('bee sting allergy - do you have it recorded')).toMatchObject({ target: 'Clinical' });
  });
});
