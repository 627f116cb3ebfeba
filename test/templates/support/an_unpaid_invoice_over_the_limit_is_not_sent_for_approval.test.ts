import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// INV-2053 ($612.40) is open, not paid: "hey can you refund INV-2053" went to a person for approval (over
// the $500 limit), and the caller was told to wait for a decision that could only be no (a chat probe,
// 2026-11-27). The refund says there is nothing to refund; only a paid invoice's refund over the limit
// waits for a person.
describe('an unpaid invoice over the limit is not sent for approval', () => {
  it('says INV-2053 has not been paid, with no approval asked', async () => {
    const o = await converse('support', ['hey can you refund INV-2053', 'service was down for days', 'yes'], {
      reply: "hasn't been paid yet",
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns.at(-1)!.reply).not.toMatch(/approval/);
    expect(toolsOf(o).find((t) => t.tool === 'issue_refund')?.result).toMatchObject({
      status: 'not_refundable',
    });
  }, 180_000);
});
