import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

/**
 * dev24-after-hours-10: "clm 7003 status?" as the first message got the front desk's menu three times:
 * the router, unsure of a message of a reference and one word, kept it. A reference only one desk looks
 * up goes that way, as it does mid-conversation. "ok why" right after the claim was shown is answered
 * from it (it says what the insurer is waiting for), not with the desk's opening question.
 */
describe('a claim number said first reaches the claims desk', () => {
  it('looks the claim up and answers why from it', async () => {
    const o = await converse('after-hours', ['CLM-7003??', 'so why'], {
      tool: 'lookup_claim',
      result: { found: true },
    });
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).filter((t) => t.tool === 'lookup_claim')).toHaveLength(1);
    expect(o.turns[1].reply).toMatch(/CLM-7003/);
    expect(o.turns[1].reply).not.toMatch(/What is the claim number/i);
  }, 180_000);
});
