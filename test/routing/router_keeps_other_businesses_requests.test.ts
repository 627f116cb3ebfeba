import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { createAgentRouter } from '../../src/routing/agentRouter.ts';
import { ThingDomain } from '../../src/routing/foreignThings.ts';

/**
 * "Cancel my gym membership" sent to a software company's desk: a desk's verb about another business's
 * thing. The entry agent keeps it (and says what it can help with) instead of routing it confidently to
 * Billing; the same verbs about the desk's own things still route.
 */
const SOFTWARE_DESK = [
  'Billing handles invoices, refunds, charges on your card and cancelling your subscription',
  'cancel my subscription',
  'refund my last invoice',
  'my card was declined',
  'Tech support fixes login problems, password resets and the app crashing on a laptop or phone',
  'reset my password',
  'Sales books demos and upgrades your plan',
];

describe("a desk keeps other businesses' requests", () => {
  const domain = new ThingDomain(SOFTWARE_DESK);

  it('finds the foreign thing a request is about, after "my" or as its verb\'s object', () => {
    expect(domain.foreignThingsOf('cancel my gym membership please')).toContain('gym');
    expect(domain.foreignThingsOf('can you book me a table for two tonight')).toEqual(['table']);
    expect(domain.foreignThingsOf('refund my train ticket')).toContain('train');
    expect(domain.foreignThingsOf('order me a pizza')).toEqual(['pizza']);
  });

  it("does not count the desk's own things, their kin, or what is only context", () => {
    expect(domain.foreignThingsOf('cancel my subscription')).toEqual([]);
    // A broader word for the desk's own thing (the desk says "laptop").
    expect(domain.foreignThingsOf('the app crashes on my notebook computer')).toEqual([]);
    // People, times and what happened are context, not what the request is about.
    expect(domain.foreignThingsOf('my husband cannot log in since dinner')).toEqual([]);
    expect(domain.foreignThingsOf('I have a problem with my account')).toEqual([]);
    // The subject of what went wrong is not what is asked for.
    expect(domain.foreignThingsOf('my kid fell off his bike and now the app is broken')).toEqual([]);
    expect(domain.foreignThingsOf('I think my dog chewed the laptop charger, reset my password')).toEqual([]);
    // A kind of the desk's own thing ("card") is the desk's.
    expect(domain.foreignThingsOf('please update my company card')).toEqual([]);
    // Who the customer is comes before what they ask: "I run a bakery" is no request about a bakery.
    expect(domain.foreignThingsOf('I run a small bakery and my card was declined')).toEqual([]);
    expect(domain.foreignThingsOf('we sell pizza online, reset my password')).toEqual([]);
  });

  it("a clinic's devices and a lost item in its own rooms stay the clinic's", () => {
    const clinic = new ThingDomain([
      'Nurse line for symptoms, injuries, medication questions and prescription refills',
      'I have a fever and a sore throat',
      'Front desk for appointments, the waiting room, lost property and directions',
    ]);
    expect(clinic.foreignThingsOf('my insulin pump is beeping and I feel dizzy')).toEqual([]);
    expect(clinic.foreignThingsOf('can i take tylenol with my medication')).toEqual([]);
    expect(clinic.foreignThingsOf('I left my glasses in the waiting room')).toEqual([]);
    expect(clinic.foreignThingsOf('can you cancel my gym membership')).toContain('gym');
  });

  it('keeps the request with the entry agent of a real graph, and still routes its own', async () => {
    const graph = await loadGraph('support');
    const router = createAgentRouter(graph, graph.entry);
    const gym = router.route('cancel my gym membership please');
    expect(gym.decision).toBe('stay');
    expect(gym.reason).toMatch(/gym.*no agent here handles/);
    expect(router.route('cancel my gym membership please', undefined, { fastPath: true }).decision).not.toBe(
      'handoff',
    );
    expect(router.route('cancel my subscription please')).toMatchObject({
      decision: 'handoff',
      target: 'Billing',
    });
    expect(router.route('my card was declined')).toMatchObject({ decision: 'handoff', target: 'Billing' });
  });
});
