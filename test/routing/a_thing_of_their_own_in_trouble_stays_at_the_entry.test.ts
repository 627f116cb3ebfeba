import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { createAgentRouter } from '../../src/routing/agentRouter.ts';
import { ThingDomain } from '../../src/routing/foreignThings.ts';

/**
 * Three ways another business's request used to reach a specialist (docs/routing.md, twelfth round):
 * the customer's own thing in trouble as the subject ("my fridge stopped working"), a time that ran on
 * into the noun ("an electrician tonight", at a desk whose own texts say "tonight"), and a utility whose commonest sense is no thing ("the gas
 * company": gas is first a state of matter).
 */
const NURSE_LINE = [
  'NurseLine answers symptoms tonight and every night: fever, vomiting, rashes, a cut that will not stop bleeding',
  'my child has a temperature of 39',
  'Scheduler books a slot at the clinic for tomorrow morning',
];
const SOFTWARE_DESK = [
  'Billing handles invoices, refunds, charges on your card and your company account',
  'I was charged twice this month',
  'TechSupport fixes login problems and calls that drop',
];

describe('a thing of the customer’s own in trouble is what the message is about', () => {
  const night = new ThingDomain(NURSE_LINE);
  const desk = new ThingDomain(SOFTWARE_DESK);

  it('finds the broken thing or the sick pet the customer names as the subject', () => {
    expect(night.foreignThingsOf('my fridge stopped working overnight')).toEqual(['fridge']);
    expect(night.foreignThingsOf('my hamster has stopped eating')).toEqual(['hamster']);
  });

  it('leaves it to the router when the thing did something to the customer or the customer says how they are', () => {
    expect(night.foreignThingsOf('my dog bit me and the wound is hot')).toEqual([]);
    expect(night.foreignThingsOf('my hamster scratched me, should I worry')).toEqual([]);
    expect(night.foreignThingsOf('my fridge broke and I think I ate something bad, I keep vomiting')).toEqual(
      [],
    );
  });

  it('reads a time after the thing as when, not as part of it', () => {
    expect(night.foreignThingsOf('I need an electrician tonight')).toEqual(['electrician']);
    expect(night.foreignThingsOf('can I get a taxi tomorrow morning')).toEqual(['taxi']);
  });

  it('knows a utility by its second sense when its first is no thing', () => {
    expect(desk.foreignThingsOf('our gas company sent a bill we do not understand')).toEqual(['gas']);
    // A person is never an owner by a second sense ("a neighbour" is secondly a thing near another).
    expect(desk.foreignThingsOf('my neighbour was charged twice too, is mine the same')).toEqual([]);
  });
});

describe('the templates’ entry agents keep those messages', () => {
  it('after-hours and support keep them, and still hand on a bite to the nurse', async () => {
    const afterHours = await loadGraph('after-hours');
    const root = createAgentRouter(afterHours, afterHours.entry);
    for (const text of ['my washing machine is leaking everywhere', 'I need a locksmith tonight'])
      expect(root.route(text).target ?? afterHours.entry, text).toBe(afterHours.entry);
    expect(root.route('my dog bit me and the bite is swollen and hot').target).toBeDefined();
    const support = await loadGraph('support');
    const triage = createAgentRouter(support, support.entry);
    expect(triage.route('the gas company took two payments this month').decision).not.toBe('handoff');
  });
});
