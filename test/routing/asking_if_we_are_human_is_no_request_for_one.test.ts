import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { createAgentRouter } from '../../src/routing/agentRouter.ts';
import { asksWhatWeAre } from '../../src/routing/asksWhatWeAre.ts';

/**
 * "Are you a human or a bot?" asks what the assistant is. Every template's router used to send it to
 * the team (it learns "human" from requests for one); the agent asked now answers it, and a request for
 * a person still goes through.
 */
describe('asking whether we are human is no request for one', () => {
  it('tells the question from the request', () => {
    for (const q of [
      'are you a human or a bot',
      'r u a real person?',
      'Am I talking to a machine?',
      'are you human',
    ])
      expect(asksWhatWeAre(q), q).toBe(true);
    for (const r of [
      'are you able to put me through to a person',
      'I want a real person',
      'can I talk to a human',
      'are you kidding me',
    ])
      expect(asksWhatWeAre(r), r).toBe(false);
  });

  it.each(['support', 'healthcare', 'after-hours'])(
    '%s: the entry answers the question, and hands a request to its person',
    async (name) => {
      const graph = await loadGraph(name);
      const router = createAgentRouter(graph, graph.entry);
      const question = router.route('are you a human or a bot?');
      expect(question.decision).not.toBe('handoff');
      const request = router.route('I want to talk to a human');
      expect(request.decision).toBe('handoff');
      expect(graph.byName.get(request.target!)?.human).toBe(true);
    },
  );
});
