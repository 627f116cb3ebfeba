import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/app/loadGraph.ts';
import { createAgentRouter } from '../../../src/routing/agentRouter.ts';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

/**
 * "I'm phoning for my manager, she has two viewings with you and has to cancel one" names the caller's own
 * people: no request for one of ours, but no off-topic chatter either. The front desk kept it as if it
 * were (the menu), and the viewing was never cancelled. Now the router is unsure of it, the desk that
 * cancels viewings takes it (the cancellation said, and the viewings it changes named), and "the one on
 * Elm Street, she's keeping River Road" picks Elm Street, not the one being kept.
 */
describe('a caller for their boss cancels one of two viewings', () => {
  it("the router is unsure of a message naming the caller's own people, not sure it is off-topic", async () => {
    const graph = await loadGraph('real-estate');
    const route = createAgentRouter(graph, graph.entry).route(
      "hi I'm ringing for my boss, she's got two viewings with you and needs to cancel one of them",
    );
    expect(route.decision).toBe('unsure');
  });

  it('the Elm Street viewing is cancelled and River Road kept', async () => {
    const o = await converse(
      'real-estate',
      [
        "hi I'm ringing for my boss Jonah Fischer, he's got two viewings with you and needs to cancel one of them",
        "they're under 555-0142",
        "the one on Elm Street, he's keeping River Road",
        'yes please',
      ],
      { tool: 'cancel_tour', result: { cancelled: true, tourId: 'TOUR-3' } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).filter((t) => t.tool === 'cancel_tour')).toHaveLength(1);
  }, 180_000);
});
