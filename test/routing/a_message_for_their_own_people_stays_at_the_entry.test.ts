import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { createAgentRouter } from '../../src/routing/agentRouter.ts';
import { ThingDomain } from '../../src/routing/foreignThings.ts';
import { messageForTheirOwnPeople } from '../../src/routing/personalErrands.ts';

/**
 * "Call my mom" at a voice platform's desk shares "call" with TechSupport; it is a phone assistant's
 * errand. The entry keeps it; a call-back about the desk's own business still routes.
 */
describe("a message for the customer's own people stays with the entry agent", () => {
  const desk = new ThingDomain([
    'Tech support for dropped calls, call quality, phone numbers and the dashboard',
    'Billing for invoices, refunds and charges',
  ]);

  it('finds the person a communicating request is for, when nothing else is the desk’s', () => {
    expect(messageForTheirOwnPeople(desk, 'call my mom')).toBe('mom');
    expect(messageForTheirOwnPeople(desk, 'can you phone my dad for me')).toBe('dad');
    expect(messageForTheirOwnPeople(desk, 'text my sister')).toBe('sister');
    // The desk's own things in the message: the desk's request.
    expect(messageForTheirOwnPeople(desk, 'email my accountant the invoices')).toBeNull();
    // Not a communicating verb, not a person, not their own.
    expect(messageForTheirOwnPeople(desk, 'book my son in')).toBeNull();
    expect(messageForTheirOwnPeople(desk, 'call my number')).toBeNull();
    expect(messageForTheirOwnPeople(desk, 'call me back')).toBeNull();
    // A statement, not a request.
    expect(messageForTheirOwnPeople(desk, 'i called my mom')).toBeNull();
  });

  it('the support entry keeps "call my mom" and still routes dropped calls', async () => {
    const graph = await loadGraph('support');
    const router = createAgentRouter(graph, graph.entry);
    expect(router.route('call my mom').decision).not.toBe('handoff');
    expect(router.route('my calls keep dropping after a minute')).toMatchObject({ target: 'TechSupport' });
  });
});
