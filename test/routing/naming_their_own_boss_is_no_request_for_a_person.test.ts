import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { createAgentRouter } from '../../src/routing/agentRouter.ts';
import { possessedIn, speaksOfTheirOwnPeople } from '../../src/routing/theirOwnPeople.ts';

/**
 * "Send an email to my boss" names the customer's own people; routers learn "manager" and "boss" from
 * requests for one, so it used to go to a person. A threat the person agent's examples say with "my"
 * ("my lawyer will be in touch") and any request for one of ours still go through.
 */
describe('naming their own boss is no request for a person', () => {
  const theirs = possessedIn(['get me a manager', 'my lawyer will be in touch about this']);

  it("tells the customer's own people from ours", () => {
    expect(theirs.has('lawyer')).toBe(true);
    for (const t of ['send an email to my boss', "who's my manager at work", 'call my sister'])
      expect(speaksOfTheirOwnPeople(t, theirs), t).toBe(true);
    for (const t of [
      'get me a manager',
      'my boss wants to talk to your manager',
      'my lawyer will be contacting you',
      'my attorney will be contacting you about these charges',
      "I want compensation, my solicitor says I'm entitled to it",
      'I want to speak to someone',
      'refund my last invoice',
    ])
      expect(speaksOfTheirOwnPeople(t, theirs), t).toBe(false);
  });

  it.each(['support', 'salon', 'after-hours'])(
    '%s: the entry keeps "send an email to my boss" and still hands a request to its person',
    async (name) => {
      const graph = await loadGraph(name);
      const router = createAgentRouter(graph, graph.entry);
      const own = router.route('send an email to my boss');
      expect(own.decision === 'handoff' && graph.byName.get(own.target!)?.human).toBe(false);
      expect(own.reason).not.toMatch(/Human/);
      const request = router.route('get me a manager');
      expect(request.decision).toBe('handoff');
      expect(graph.byName.get(request.target!)?.human).toBe(true);
    },
  );
});
