import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * Found by talking to the support desk: a question said to a read-back ("will I get charged a
 * cancellation fee?", "how much would that be?") got the read-back again, word for word, as if it had
 * not been heard. A question the agent has a fixed answer for is answered and the read-back follows; one
 * nothing here answers is said to be so before the read-back. Neither makes the change.
 */
describe('a question at a read-back is heard', () => {
  it('a fixed answer, then the read-back; "yes" then closes', async () => {
    const o = await converse(
      'support',
      ['I want to close my account ACC-1002', 'will I get charged a cancellation fee?', 'ok yes'],
      { tool: 'close_account' },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(
      /^There's no fee for closing .* Just to confirm: close account ACC-1002/,
    );
    expect(toolsOf(o).filter((t) => t.tool === 'close_account')).toHaveLength(1);
  }, 120_000);

  it('a question nothing answers is said to be so, and changes nothing', async () => {
    const o = await converse('support', ['we need 2 more seats on ACC-1003', 'how much would that be?'], {
      reply: "can't answer that here",
      never_tools: ['place_order'],
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/Just to confirm: an order of 2 seats/);
  }, 120_000);
});
