import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { createAgentRouter } from '../../src/routing/agentRouter.ts';
import { extractRouterFeatures } from '../../src/routing/routerFeatures.ts';

const topics = (text: string) =>
  [...extractRouterFeatures(text).counts.keys()].filter((k) => k.startsWith('s|d'));

describe("a word in the same field as an agent's examples routes with them", () => {
  it('files words under the topic WordNet gives them, and plain words under none', () => {
    const law = topics('lawyer');
    expect(law.length).toBeGreaterThan(0);
    for (const word of ['solicitor', 'lawsuit', 'litigation'])
      expect(topics(word)).toEqual(expect.arrayContaining(law));
    expect(topics('cough')).not.toEqual(expect.arrayContaining(law));
    expect(topics('tomorrow')).toEqual([]);
  });

  it('sends a cough told as a story to the clinical desk, not the receptionist', async () => {
    // The story's words (a father, every night, a month) are the receptionist's appointment words; the
    // symptom is what it is about. Without the topic features the receptionist kept it (0.52 to 0.47).
    const graph = await loadGraph('healthcare');
    const route = createAgentRouter(graph, graph.entry).route(
      'my dad has been coughing every night for a month',
    );
    expect(route.decision).toBe('handoff');
    expect(route.target).toBe('Clinical');
  });
});
