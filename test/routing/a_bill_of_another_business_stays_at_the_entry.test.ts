import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { createAgentRouter } from '../../src/routing/agentRouter.ts';
import { ThingDomain } from '../../src/routing/foreignThings.ts';

/**
 * "My electricity bill doubled": "bill" is the software desk's word, and a word classifier sends the
 * message to Billing on it. The word before it says whose bill it is, and that owner is no business the
 * graph knows (WordNet: electricity is a phenomenon no text of the graph is kin to). Said as the subject
 * too, where a desk's own problems are described ("my calls keep dropping"), because the owner decides.
 */
const SOFTWARE_DESK = [
  'Billing handles invoices, the bill for your plan, refunds and the credit card on file',
  'why is my bill so high',
  'TechSupport helps when calls drop or a webhook fails, and with passwords and logins',
];

describe("another business's bill, company or provider stays at the entry", () => {
  const domain = new ThingDomain(SOFTWARE_DESK);

  it('names the owner in front of the desk’s own word, as object or as subject', () => {
    expect(domain.foreignThingsOf('my electricity bill doubled this month')).toEqual(['electricity']);
    expect(domain.foreignThingsOf('can you explain my electricity bill')).toEqual(['electricity']);
  });

  it('leaves the desk’s own bill, a pair it says, and an adjective before its word alone', () => {
    expect(domain.foreignThingsOf('my bill doubled this month')).toEqual([]);
    expect(domain.foreignThingsOf('please update my credit card')).toEqual([]);
    expect(domain.foreignThingsOf('my current bill looks wrong')).toEqual([]);
    expect(domain.foreignThingsOf('my monthly bill doubled')).toEqual([]);
  });

  it('keeps it at the entry of the support graph, and still routes the desk’s own bill', async () => {
    const graph = await loadGraph('support');
    const router = createAgentRouter(graph, graph.entry);
    const electricity = router.route('my electricity bill doubled this month and i dont know why');
    expect(electricity.decision).toBe('stay');
    expect(electricity.reason).toMatch(/electricity/);
    expect(router.route('my bill doubled this month and i dont know why')).toMatchObject({
      decision: 'handoff',
      target: 'Billing',
    });
  });
});

/**
 * "I need a plumber", "my dentist appointment needs moving" at a hair salon: another trade's people
 * (WordNet: a kind of worker or professional) as what the request is about, or as the owner of the
 * salon's own "appointment". The customer's own staff ("a new user for my receptionist") and the
 * salon's own trade (a stylist) are not foreign.
 */
describe("another trade's people are another business's request", () => {
  const salon = new ThingDomain([
    'Booking takes new appointments with a stylist for a cut or colour',
    'can I book an appointment with Maya',
  ]);

  it('names the tradesperson asked for, or whose appointment it is', () => {
    expect(salon.foreignThingsOf('I need a plumber urgently, my sink is leaking')).toContain('plumber');
    expect(salon.foreignThingsOf('my dentist appointment needs moving to next week')).toEqual(['dentist']);
  });

  it("leaves the customer's own staff and the salon's own trade alone", () => {
    expect(salon.foreignThingsOf('I need help with adding a new user for my receptionist')).toEqual([]);
    expect(salon.foreignThingsOf('my stylist appointment needs moving to next week')).toEqual([]);
    expect(salon.foreignThingsOf('I need a stylist who does curly hair')).toEqual([]);
  });
});
