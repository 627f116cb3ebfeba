import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { createAgentRouter } from '../../src/routing/agentRouter.ts';
import { withoutLeadingAcknowledgement } from '../../src/routing/leadingAcknowledgement.ts';

/**
 * "alright could somebody give me a ring about selling my house": every agent learns "alright" as its
 * own (a reply, no new topic), and at the front it outvoted the request after it; the front desk kept a
 * seller it hands on. Words a caller starts with while gathering their thoughts are read past at the
 * entry when a request follows; an answer ("yes, just the knee one") and a short reply stay as said.
 */
describe('words a caller starts with are read past at the entry', () => {
  it('hands the seller on at the estate agency', async () => {
    const graph = await loadGraph('real-estate');
    expect(
      createAgentRouter(graph, graph.entry).route(
        'alright could somebody give me a ring about selling my house',
      ),
    ).toMatchObject({ decision: 'handoff', target: 'SellerIntake' });
  });

  it('reads past fillers only, and only before a request of its own', () => {
    expect(withoutLeadingAcknowledgement('okay um so I want to book a viewing')).toBe(
      'I want to book a viewing',
    );
    expect(withoutLeadingAcknowledgement('ok cool')).toBe('ok cool');
    expect(withoutLeadingAcknowledgement('alright thanks')).toBe('alright thanks');
    expect(withoutLeadingAcknowledgement('Yes, just the knee one. Keep the other one please.')).toBe(
      'Yes, just the knee one. Keep the other one please.',
    );
  });
});
