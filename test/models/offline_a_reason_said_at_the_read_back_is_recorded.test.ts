import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// "refund INV-2041 pls", then "it was overage i didnt expect" to the read-back: the refund was recorded
// with the request as its reason ("refund INV-2041 please"), and so was a closure's "we're going out of
// business" (chat probes, 2026-11-27). A reason said to the read-back is the change's reason.
describe('a reason said at the read-back is recorded', () => {
  for (const [turns, tool, reason] of [
    [
      ['refund INV-2041 pls', 'it was overage i didnt expect', 'yes'],
      'issue_refund',
      'it was overage i didnt expect',
    ],
    [
      ['I need to close my account ACC-1008', "we're going out of business", 'yes'],
      'close_account',
      "we're going out of business",
    ],
  ] as const) {
    it(`${tool} records "${reason}"`, async () => {
      const o = await converse('support', [...turns], { tool });
      expect(o.unmet).toEqual([]);
      expect(toolsOf(o).find((t) => t.tool === tool)?.arguments).toMatchObject({ reason });
    }, 180_000);
  }

  it('a plain yes keeps the reason given with the request', async () => {
    const o = await converse('support', ['can you refund INV-2041, we were charged twice', 'yes'], {
      tool: 'issue_refund',
    });
    expect(o.unmet).toEqual([]);
    const call = toolsOf(o).find((t) => t.tool === 'issue_refund');
    const reason = (call?.arguments as { reason?: string } | undefined)?.reason;
    expect(reason).toMatch(/charged twice/);
  }, 180_000);
});
