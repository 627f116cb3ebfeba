import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { directRequest } from '../../src/models/offline/directRequest.ts';
import { passedOnThisTurn } from '../../src/models/offline/turnPath.ts';
import { converse, toolsOf } from './offlineScenario.ts';

const transfer = (to: string, id: string) => [
  { type: 'function_call', name: `transfer_to_${to}`, callId: id, arguments: '{}' },
  {
    type: 'function_call_result',
    name: `transfer_to_${to}`,
    callId: id,
    output: JSON.stringify({ assistant: to }),
  },
];
const user = (content: string) => ({ role: 'user', content });
const assistant = (content: string) => ({ role: 'assistant', content });

describe('a seller who asks to be called back', () => {
  it('reads the question a message closes with as what is asked', () => {
    expect(directRequest("I'm thinking about selling my place in Maplewood, could somebody phone me?")).toBe(
      'could somebody phone me?',
    );
    expect(directRequest('want to sell my condo, can an agent ring me? Pat Doyle 555-0139')).toBe(
      'can an agent ring me?',
    );
    // One clause is the whole request; a closing statement is no question.
    expect(directRequest('could somebody phone me?')).toBeUndefined();
    expect(directRequest('I want to sell, my address is 8 Elm Street')).toBeUndefined();
  });

  it('knows which agents already passed this message on, from the transfers in the input', async () => {
    const graph = await loadGraph('real-estate');
    const earlier = [user('hi'), ...transfer('BuyerQualifier', 'c0'), assistant('What is your budget?')];
    const now = [
      user('sell my condo, ring me?'),
      ...transfer('Triage', 'c1'),
      ...transfer('SellerIntake', 'c2'),
    ];
    expect(passedOnThisTurn(graph, [...earlier, ...now] as any)).toEqual(['BuyerQualifier', 'Triage']);
    expect(passedOnThisTurn(graph, [user('hello')] as any)).toEqual([]);
  });

  it('takes name and number for a call back when the request ends the message', async () => {
    const o = await converse(
      'real-estate',
      ["we're thinking of selling our flat in Old Town, could an agent phone me?", 'Ida Marsh', '555-0131'],
      { tool: 'record_lead', result: { recorded: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).map((t) => t.tool)).toEqual(['record_lead']);
    expect(toolsOf(o)[0].arguments).toMatchObject({ clientName: 'Ida Marsh', phone: '555-0131' });
  }, 120_000);

  it('passes a closing request on, and never sends the message back to an agent that passed it on', async () => {
    const o = await converse(
      'real-estate',
      ['need to sell my condo quickly, can an agent ring me? Kim Lowe 555-0152'],
      { tool: 'record_lead', result: { recorded: true } },
    );
    expect(o.unmet).toEqual([]);
    // Before: CrmWriter → Triage → FinancingQuoter → Human, with nothing recorded.
    expect(o.turns[0].handoffs).toEqual(['Triage->SellerIntake', 'SellerIntake->CrmWriter']);
    expect(toolsOf(o)[0].arguments).toMatchObject({ clientName: 'Kim Lowe', phone: '555-0152' });
  }, 120_000);

  it('starts the only form of the agent a covered request was sent to, rather than a greeting', async () => {
    const o = await converse(
      'real-estate',
      ['my partner and I might sell next spring, could someone give me a call?', 'Noor Aziz', '555-0129'],
      { tool: 'record_lead', result: { recorded: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].handoffs).toEqual(['Triage->CrmWriter']);
    // Before: the greeting's "May I have your name and a phone number or email?", and "Noor Aziz" was routed away.
    expect(o.turns[0].reply).toBe('May I have your full name?');
  }, 120_000);
});
