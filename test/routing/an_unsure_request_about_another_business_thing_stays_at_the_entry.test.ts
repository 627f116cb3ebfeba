import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { createAgentRouter } from '../../src/routing/agentRouter.ts';
import { converse } from '../models/offlineScenario.ts';

// "put a timer on for 15 minutes please" left the software desk's router unsure between staying and
// billing, and an unsure message is given to a desk whose values it names: "minutes" are the plans'
// call minutes, and the caller heard the price list. What the message is about, a timer, is no desk's
// thing (foreignThings.ts): said to the entry, it is kept as another business's request would be when
// the router is sure of a desk.
describe('an unsure request about another business’s thing stays at the entry', () => {
  it('keeps it as foreign', async () => {
    const router = createAgentRouter(await loadGraph('support'), 'Triage');
    const route = router.route('put a timer on for 15 minutes please');
    expect(route.decision).toBe('stay');
    expect(route.keptAs).toBe('foreign');
  });

  it('answers with what the desk does, not the price list', async () => {
    const o = await converse('support', ['put a timer on for 15 minutes please'], { reply: 'billing' });
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].agent).toBe('Triage');
    expect(o.turns[0].tools).toEqual([]);
  }, 180_000);
});
