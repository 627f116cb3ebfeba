import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { createAgentRouter } from '../../src/routing/agentRouter.ts';
import { whyEntryKeeps } from '../../src/routing/entryKeeps.ts';
import { ThingDomain } from '../../src/routing/foreignThings.ts';

/**
 * QA chat probe (2026-11-27): "I'm Jonah Fischer, 555-0142. Cancel my viewing on the 14th please" got
 * the realtor's menu and then a person: "Jonah" and "Fischer" (WordNet knows both, as a prophet and a
 * chess player) were two words foreign to the graph, so the message read as mostly unfamiliar and the
 * front desk kept it. A caller's name said as who they are is not what the message is about.
 */
describe("the caller's own name is no unfamiliar topic", () => {
  const realtor = new ThingDomain([
    'Book, move or cancel a viewing of a home for sale',
    'I want to see a house',
  ]);

  it('leaves the name of a self-introduction out of what the message is about', () => {
    const text = "I'm Jonah Fischer, 555-0142. Cancel my viewing on the 14th please";
    expect(whyEntryKeeps(realtor, text, 0.25)).toBeNull();
    expect(
      whyEntryKeeps(realtor, 'Jonah Fischer here, cancel my viewing on the 14th please', 0.25),
    ).toBeNull();
    // Not a name in lower case after "I'm": "I'm looking for the exchange rate for euros" stays unfamiliar.
    expect(
      whyEntryKeeps(realtor, "I'm after the exchange rate for euros and the stock index", 0.1),
    ).not.toBeNull();
  });

  it('routes the cancellation to the viewings desk', async () => {
    const graph = await loadGraph('real-estate');
    const route = createAgentRouter(graph, graph.entry).route(
      "I'm Jonah Fischer, 555-0142. Cancel my viewing on the 14th please",
    );
    expect(route).toMatchObject({ decision: 'handoff', target: 'TourBooker' });
  });
});
