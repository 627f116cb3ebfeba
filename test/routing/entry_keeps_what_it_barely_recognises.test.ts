import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { createAgentRouter } from '../../src/routing/agentRouter.ts';
import { whyEntryKeeps } from '../../src/routing/entryKeeps.ts';
import { ThingDomain } from '../../src/routing/foreignThings.ts';

/**
 * A message the entry's router barely recognises, whose nouns are mostly foreign to the graph, is a
 * guess when it is routed ("what's the exchange rate for euros" → a clinic's billing desk). The entry
 * keeps it; a message in words the examples never used but that WordNet places in the graph's domain
 * ("eczema", a skin disease, at a clinic that says "skin diseases"), or that only names people and brands, still routes.
 */
describe('the entry keeps what it barely recognises', () => {
  const clinic = new ThingDomain([
    'Nurse line for symptoms, skin diseases, injuries, fevers and medication questions',
    'Billing for your bill, payments and balances',
    'I have a fever and a sore throat',
  ]);

  it('sorts nouns into the graph’s own and kin, unfamiliar ones, and words WordNet does not know', () => {
    expect(clinic.domainProfile('my eczema is flaring up again')).toMatchObject({ own: 1, unfamiliar: [] });
    expect(clinic.domainProfile("what's the exchange rate for euros").unfamiliar).toEqual(
      expect.arrayContaining(['exchange', 'euros']),
    );
    // A name WordNet does not know counts for neither side.
    expect(clinic.domainProfile('zorbleflax').unfamiliar).toEqual([]);
  });

  it('keeps a barely recognised message about other things, not one the router understood', () => {
    expect(whyEntryKeeps(clinic, "what's the exchange rate for euros", 0)).toMatchObject({
      kind: 'unfamiliar',
      terms: expect.arrayContaining(['exchange', 'euros']),
    });
    // The same words, recognised by the router: its decision stands.
    expect(whyEntryKeeps(clinic, "what's the exchange rate for euros", 0.5)).toBeNull();
    // One foreign noun is no topic (the router knew a word of it); kin words are the graph's.
    expect(whyEntryKeeps(clinic, 'how much is the copay in euros', 0.3)).toBeNull();
    expect(whyEntryKeeps(clinic, 'my eczema is flaring up again', 0)).toBeNull();
  });

  it('keeps a message of which the router knows no word and none is kin to the graph', () => {
    // Routed on character n-grams alone before: "how do you spell necessary" → a clinical lead at 0.73.
    expect(whyEntryKeeps(clinic, 'how do you spell necessary', 0)).toMatchObject({ kind: 'unfamiliar' });
    expect(whyEntryKeeps(clinic, 'how do you spell necessary', 0.5)).toBeNull();
    // A kin word is enough to leave it to the router, as is one word it knows.
    expect(whyEntryKeeps(clinic, 'eczema flaring', 0)).toBeNull();
  });

  it('a real graph: its entry keeps the unfamiliar request and says why, and still routes its own', async () => {
    const graph = await loadGraph('after-hours');
    const router = createAgentRouter(graph, graph.entry);
    const euros = router.route("what's the exchange rate for euros");
    expect(euros.decision).toBe('stay');
    expect(euros.reason).toMatch(/mostly in words no agent here uses \(.*euros.*\)/);
    expect(router.route('how do you spell necessary').decision).not.toBe('handoff');
    const own = router.route('I need to reschedule my appointment for tomorrow');
    expect(own.decision).toBe('handoff');
  });
});
