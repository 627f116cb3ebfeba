import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * A caller reached the sales desk, which asked how many numbers and minutes they need; they gave an
 * invoice number instead (billing showed it: paid, $99) and then said "please refund it". The short reply
 * was taken as the answer to the sales desk's question, and the conversation went back there ("I can walk
 * you through our plans…"), then to a person. A change the desk holding the conversation makes, asked for
 * by its action or its object in a request, is a request of its own; a bare value still goes back.
 */
describe('a change asked of the desk holding the talk is its own', () => {
  it('refunds the invoice just shown instead of returning to the sales question', async () => {
    const o = await converse(
      'support',
      [
        'hi, I was charged for March even though we cancelled in February',
        'INV-2047',
        'please refund it',
        'yes',
      ],
      { tool: 'issue_refund', result: { refunded: true } },
    );
    expect(o.turns[2].agent).toBe('Billing');
    expect(o.turns[2].reply).toMatch(/just to confirm: a refund/i);
    expect(toolsOf(o).filter((c) => c.tool === 'issue_refund')).toHaveLength(1);
  }, 180_000);
});
