import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { createAgentRouter } from '../../src/routing/agentRouter.ts';
import { stemIsAnotherWord } from '../../src/routing/wordNet.ts';

/**
 * "Our car insurance premium went up after the crash" to a clinic's night line went to its insurance
 * desk: the graph's words are kept with their light stems ("charged" → "charg"), and "care" stems to
 * "car", so "car" counted as the graph's own word and was never judged as another business's owner of
 * the insurance. A stem that is another word WordNet knows, and none of the word's base forms, is not
 * the graph's.
 */
describe('a stem that is another word is not the graph’s', () => {
  it('keeps a car insurance question at the night line, and still routes care', async () => {
    const graph = await loadGraph('after-hours');
    const router = createAgentRouter(graph, graph.entry);
    expect(router.route('our car insurance premium went up after the crash')).toMatchObject({
      decision: 'stay',
      keptAs: 'foreign',
    });
    expect(router.route('my son needs urgent care, he has a high fever')).toMatchObject({
      decision: 'handoff',
      target: 'ClinicalLead',
    });
  });

  it('tells a stem that is another word from a base form', () => {
    expect(stemIsAnotherWord('care', 'car')).toBe(true);
    expect(stemIsAnotherWord('plane', 'plan')).toBe(true);
    expect(stemIsAnotherWord('billing', 'bill')).toBe(false);
    expect(stemIsAnotherWord('charged', 'charg')).toBe(false);
    expect(stemIsAnotherWord('car', 'car')).toBe(false);
  });
});
