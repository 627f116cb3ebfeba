import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { createAgentRouter } from '../../src/routing/agentRouter.ts';
import { OTHER_BUSINESSES, otherBusinessesFor } from '../../src/routing/otherBusinesses.ts';
import { buildRouterDocs, STAY_LABEL } from '../../src/routing/routerTrainingSet.ts';

describe("other businesses' requests", () => {
  it("a graph learns only the phrases about nothing its agents' texts mention", () => {
    const salon = otherBusinessesFor(['Book a haircut or a blow-dry on any day, Saturday included']);
    expect(salon).not.toContain('book a haircut for saturday');
    expect(salon).toContain('renew my passport');
    const voicePlatform = otherBusinessesFor(['Calls dropping, call logs, webhooks, invoices and refunds']);
    expect(voicePlatform).toContain('book a haircut for saturday');
    // Partly about the desk's own things ("card"): left out, or "my card was declined" would be off-topic.
    const billing = otherBusinessesFor(['Update the debit card on file; why a card was declined']);
    expect(billing).not.toContain('my debit card was declined at the petrol station');
    expect(OTHER_BUSINESSES.length).toBeGreaterThan(50);
  });

  it("only the entry agent's stay label learns them; a specialist's handback label does not", async () => {
    const graph = await loadGraph('support');
    const entryStay = buildRouterDocs(graph, graph.entry)
      .filter((d) => d.label === STAY_LABEL)
      .map((d) => d.text);
    expect(entryStay).toContain('my boiler stopped working');
    // In the handback labels too, the dialogue gate failed (support's refund-changed-mind and
    // taxes-off-script, one held-out scenario each of healthcare and real estate).
    const billing = buildRouterDocs(graph, 'Billing').map((d) => d.text);
    expect(billing).not.toContain('my boiler stopped working');
  });

  it("support: another business's request that uses the desk's verbs stays with Triage, the desk's own still routes", async () => {
    const graph = await loadGraph('support');
    const router = createAgentRouter(graph, graph.entry);
    for (const text of ['book a massage for my wife', 'can you sort out my dog grooming appointment'])
      expect(router.route(text).decision, text).not.toBe('handoff');
    const routed = (text: string) => router.route(text).target;
    expect(routed('my card was declined')).toBe('Billing');
    expect(routed('cancel my subscription')).toBe('Billing');
    expect(routed('i forgot my password')).toBe('TechSupport');
  });
});
