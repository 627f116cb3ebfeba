import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { createAgentRouter } from '../../src/routing/agentRouter.ts';

/**
 * "forgot my password cant log in" (dialogue batch 27, dev, as "forgot my pw cant log in"): normalisation
 * drops the apostrophe, "can't" became "cant" — jargon, or a slope, to WordNet — and the phrase after
 * "my" ran on into it, so the software desk kept the message as about someone's cant and said its menu.
 */
describe('a negative contraction without its apostrophe', () => {
  it('ends the phrase: the sign-in trouble reaches the desk that fixes it', async () => {
    const graph = await loadGraph('support');
    const router = createAgentRouter(graph, graph.entry);
    expect(router.route('changed my password cant log in now')).toMatchObject({
      decision: 'handoff',
      target: 'TechSupport',
    });
  });

  it('still keeps another business’s thing', async () => {
    const graph = await loadGraph('support');
    const router = createAgentRouter(graph, graph.entry);
    expect(router.route('my gym membership cant be cancelled online')).toMatchObject({ decision: 'stay' });
  });
});
