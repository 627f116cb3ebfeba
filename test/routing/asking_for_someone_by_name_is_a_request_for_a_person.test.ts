import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { createAgentRouter } from '../../src/routing/agentRouter.ts';
import { namedPersonAsked } from '../../src/routing/namedPerson.ts';
import { extractRouterFeatures } from '../../src/routing/routerFeatures.ts';

/**
 * "can I talk to Priya please" and "is Maya there? I need to speak to her now" ask for a person as
 * plainly as "get me a manager", but the router knew roles, not names: the first stayed with the front
 * desk as unsure, the second as small talk. A name is read by its form after a verb of speaking with
 * someone (namedPerson.ts) and gives the lexicon's person concept.
 */
describe('asking for someone by name is a request for a person', () => {
  it('reads the name after a verb of speaking with someone', () => {
    expect(namedPersonAsked('can I talk to Priya please')).toBe('Priya');
    expect(namedPersonAsked('can i chat with priya about my colour')).toBe('priya');
    expect(namedPersonAsked('is Maya there? I need to speak to her now')).toBe('her');
    expect(namedPersonAsked('can I speak to Dr Okafor please')).toBe('Dr Okafor');
    expect(namedPersonAsked('put me through to Jonas')).toBe('Jonas');
  });

  it('is no name: a role, a department, their own people, anyone, a story', () => {
    for (const t of [
      'can I talk to sales',
      'can I speak to Billing',
      'talk to tech support',
      'I need to speak with the manager',
      'talk to my wife first',
      'speak to someone about my bill',
      'I want to speak to whoever handles complaints',
      'I want to talk to you about my bill',
      'I spoke to Theo last week and he said it was fine',
      'can i talk to a human',
    ])
      expect(namedPersonAsked(t), t).toBeNull();
  });

  it('gives the person concept, and nothing when no one is named', () => {
    expect(extractRouterFeatures('can I talk to Priya please').counts.has('k|person')).toBe(true);
    expect(extractRouterFeatures('can I talk to sales please').counts.has('k|person')).toBe(false);
  });

  it.each([
    ['salon', 'can I talk to Priya please'],
    ['salon', 'is Maya there? I need to speak to her now'],
    ['healthcare', 'can I speak to Dr Okafor please'],
    ['real-estate', 'is Tom in the office? need to speak with him'],
  ])('%s: "%s" goes to the person', async (name, text) => {
    const graph = await loadGraph(name);
    const decision = createAgentRouter(graph, graph.entry).route(text);
    expect(decision.decision, decision.reason).toBe('handoff');
    expect(graph.byName.get(decision.target!)?.human).toBe(true);
  });

  it('salon: asking whether a named stylist is free is still a booking', async () => {
    const graph = await loadGraph('salon');
    const decision = createAgentRouter(graph, graph.entry).route('is Maya free on friday afternoon');
    expect(decision.target).toBe('Booking');
  });
});
