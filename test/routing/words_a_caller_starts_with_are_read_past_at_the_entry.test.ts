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

  // Found by chatting: after the billing desk answered, "thanks! also how do I add a teammate to our
  // workspace?" was handed back to the front desk, which kept it for its thanks and said its menu again.
  it('reads past thanks before a new request, and keeps thanks said alone', async () => {
    const graph = await loadGraph('support');
    const router = createAgentRouter(graph, graph.entry);
    expect(router.route('thanks! also how do I add a teammate to our workspace?')).toMatchObject({
      decision: 'handoff',
      target: 'TechSupport',
    });
    expect(withoutLeadingAcknowledgement('thank you, and can I get a copy of my invoice')).toBe(
      'can I get a copy of my invoice',
    );
    expect(router.route('great thanks')).toMatchObject({ decision: 'stay' });
    expect(withoutLeadingAcknowledgement('thanks so much')).toBe('thanks so much');
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
