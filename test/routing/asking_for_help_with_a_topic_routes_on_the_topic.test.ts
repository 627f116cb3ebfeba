import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { createAgentRouter } from '../../src/routing/agentRouter.ts';

// "could you assist me with editing my profile" left the software desk's entry unsure of it:
// its greetings ("can you help me", "How can I help you today?") had taught the router that "help" means
// staying, and the request's own words lost to it. A message's words asking for help are dropped when it
// says something besides; the training texts keep them, so a bare "can you help me" still stays.
describe('asking for help with a topic routes on the topic', () => {
  it('sends a request framed as asking for help to the desk of its topic', async () => {
    const router = createAgentRouter(await loadGraph('support'), 'Triage');
    for (const said of [
      'could you assist me with editing my profile',
      "I'd like some help changing the email address on my profile",
    ])
      expect(router.route(said).target, said).toBe('TechSupport');
  });

  it('keeps a bare request for help at the entry', async () => {
    const router = createAgentRouter(await loadGraph('support'), 'Triage');
    const route = router.route('can you help me');
    expect(route.decision).not.toBe('handoff');
  });
});
