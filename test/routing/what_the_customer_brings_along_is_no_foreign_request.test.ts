import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { createAgentRouter } from '../../src/routing/agentRouter.ts';

/**
 * "I'll bring my own shampoo, can you book me for a wash and blow dry": the shampoo was read as the thing
 * the request acts on, foreign to the salon, and the front desk kept a booking it handles. What a customer
 * brings along comes with them to what they ask for; the router decides on the rest.
 */
describe('what the customer brings along is no foreign request', () => {
  it('hands the booking on at the salon and the viewing on at the estate agency', async () => {
    const salon = await loadGraph('salon');
    expect(
      createAgentRouter(salon, salon.entry).route(
        "I'll bring my own shampoo, can you book me for a wash and blow dry",
      ),
    ).toMatchObject({ decision: 'handoff', target: 'Booking' });
    const agency = await loadGraph('real-estate');
    expect(
      createAgentRouter(agency, agency.entry).route('can I bring my dog to the viewing on Saturday'),
    ).toMatchObject({ decision: 'handoff', target: 'TourBooker' });
  });

  it('still keeps a thing of another business that is what the request acts on', async () => {
    const salon = await loadGraph('salon');
    expect(createAgentRouter(salon, salon.entry).route('can you fix my bike on saturday')).toMatchObject({
      decision: 'stay',
    });
  });
});
