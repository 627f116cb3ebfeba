import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { createAgentRouter } from '../../src/routing/agentRouter.ts';
import { durationNows } from '../../src/routing/durationNow.ts';
import { tokenize } from '../../src/routing/textFeatures.ts';

/**
 * "my son has had a fever for four days now" stayed at the clinic's front desk: its "now", learnt from
 * the desk's own "can you help me now", outweighed the fever. A "now" that closes a duration says how
 * long something has lasted; it is left out of the router's features. Any other "now" stays.
 */
describe('routing: a child’s fever "for four days now" reaches the clinical line', async () => {
  const graph = await loadGraph('healthcare');
  const receptionist = createAgentRouter(graph, 'Receptionist', { threshold: 0.4 });

  it.each(['my son has had a fever for 4 days now', 'my daughter has had a rash for a week now'])(
    'hands "%s" to Clinical',
    (text) => {
      const route = receptionist.route(text);
      expect(route.decision).toBe('handoff');
      expect(route.target).toBe('Clinical');
    },
  );

  it('keeps "can you help me now" at the front desk', () => {
    expect(receptionist.route('sorry, wrong number, can you help me now').decision).toBe('stay');
  });

  it('drops only the "now" after a stretch of time', () => {
    const at = (text: string) => [...durationNows(tokenize(text))].map((i) => tokenize(text)[i - 1]);
    expect(at('a fever for 4 days now')).toEqual(['days']);
    expect(at("it's been a while now")).toEqual(['while']);
    expect(at('can you help me now')).toEqual([]);
    expect(at('I need to see someone now, it hurts')).toEqual([]);
  });
});
