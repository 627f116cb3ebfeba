import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { createAgentRouter } from '../../src/routing/agentRouter.ts';
import { ThingDomain } from '../../src/routing/foreignThings.ts';
import { specialistTexts } from '../../src/routing/routerTrainingSet.ts';

/**
 * The salon's front desk says "can I bring my dog along" is fine; no specialist deals in dogs. So "can
 * you book my dog in for a groom" is no booking, whatever its verb: the things a handed-on request may be
 * about are the specialists' (specialistTexts), not the entry's, whose examples also hold the off-topic
 * requests it keeps ("I need a plumber" at the support desk).
 */
describe("a thing only the entry speaks of is no specialist's", () => {
  it("leaves the entry's examples out of the specialists' things", async () => {
    const support = await loadGraph('support');
    const triage = support.byName.get(support.entry)!;
    expect(triage.examples).toContain('I need a plumber');
    const texts = specialistTexts(support);
    expect(texts).not.toContain('I need a plumber');
    expect(new ThingDomain(texts).foreignThingsOf('I need a plumber')).toEqual(['plumber']);
    // With the entry's examples counted, the plumber was the business's own.
    expect(new ThingDomain([...texts, ...triage.examples]).foreignThingsOf('I need a plumber')).toEqual([]);
  });

  it("keeps the dog's grooming at the salon's front desk and still books the daughter's trim", async () => {
    const salon = await loadGraph('salon');
    const router = createAgentRouter(salon, salon.entry);
    const dog = router.route('can you book my dog in for a groom and nail clip');
    expect(dog.decision).toBe('stay');
    expect(dog.reason).toMatch(/dog/);
    expect(router.route('can you book my daughter in for a trim on saturday')).toMatchObject({
      decision: 'handoff',
      target: 'Booking',
    });
  });

  it('reads "our hospital group" as who the customer is, not as another business', async () => {
    const support = await loadGraph('support');
    const domain = new ThingDomain(specialistTexts(support));
    expect(domain.foreignThingsOf('can we get a custom contract for our hospital group')).toEqual([]);
    expect(
      createAgentRouter(support, support.entry).route('can we get a custom contract for our hospital group'),
    ).toMatchObject({
      decision: 'handoff',
      target: 'Sales',
    });
  });
});
