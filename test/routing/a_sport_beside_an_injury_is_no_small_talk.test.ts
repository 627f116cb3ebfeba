import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { createAgentRouter } from '../../src/routing/agentRouter.ts';

/**
 * "I twisted my ankle playing football and it's swollen" was kept at the after-hours line's entry desk
 * as small talk: the sport's concept is learnt only from off-topic phrases ("do you like football").
 * Beside a part of the body, a sport is where the hurt happened; talk about the game itself stays.
 */
describe('routing: a sport beside an injury is no small talk', async () => {
  const graph = await loadGraph('after-hours');
  const root = createAgentRouter(graph, 'Root', { threshold: 0.4 });

  it.each([
    "I twisted my ankle playing football and it's swollen",
    "twisted my ankle playing football, it's pretty swollen, do I need the ER?",
    'hurt my wrist at basketball, it is bruised and puffy',
  ])('hands "%s" to the clinical side', (text) => {
    const route = root.route(text);
    expect(route.decision).toBe('handoff');
    expect(route.target).toBe('ClinicalLead');
  });

  it.each([
    'are you watching the football tonight',
    'do you like soccer',
    'what was the basketball score tonight',
  ])('keeps "%s" at the entry desk', (text) => {
    expect(root.route(text).decision).toBe('stay');
  });
});
