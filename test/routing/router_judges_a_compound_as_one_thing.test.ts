import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { createAgentRouter } from '../../src/routing/agentRouter.ts';
import { ThingDomain } from '../../src/routing/foreignThings.ts';

/**
 * "What's my checking account balance?" at a software company's billing desk: "account" and "balance"
 * are the desk's words, but a checking account is a bank's. WordNet names the pair as one thing, and
 * that thing is judged, not its head. A pair the graph's own texts say stays the graph's.
 */
const SOFTWARE_DESK = [
  'Billing handles invoices, your account balance, refunds and the credit card on file',
  'what is my balance',
  'update my credit card',
  'Sales quotes prices and interest in new plans',
];

describe('a compound WordNet names is judged as one thing', () => {
  const domain = new ThingDomain(SOFTWARE_DESK);

  it("finds a bank's account behind the desk's own head word", () => {
    expect(domain.foreignThingsOf("what's my checking account balance")).toEqual(['checking account']);
    expect(domain.foreignThingsOf('what is the interest rate on my savings account')).toEqual([
      'savings account',
    ]);
  });

  it("keeps a pair the graph says, and a plain head word, as the desk's", () => {
    expect(domain.foreignThingsOf('please update my credit card')).toEqual([]);
    expect(domain.foreignThingsOf('what is my account balance')).toEqual([]);
    expect(domain.foreignThingsOf('can you check my balance')).toEqual([]);
    // An adjective before the desk's word is a kind of it, not WordNet's railway "main line".
    expect(
      new ThingDomain(['our phone line is down']).foreignThingsOf(
        "voicemail isn't picking up on our main line",
      ),
    ).toEqual([]);
  });

  it("keeps the request at the entry of a real graph and still routes the desk's own balance", async () => {
    const graph = await loadGraph('support');
    const router = createAgentRouter(graph, graph.entry);
    const bank = router.route("what's my checking account balance");
    expect(bank.decision).toBe('stay');
    expect(bank.reason).toMatch(/checking account.*no agent here handles/);
    expect(router.route('what is the balance on my account')).toMatchObject({
      decision: 'handoff',
      target: 'Billing',
    });
  });
});
