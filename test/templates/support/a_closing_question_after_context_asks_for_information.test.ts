import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// "I'm on the Growth plan and honestly happy with it… Quick question though: how many phone numbers
// does Growth let me have?" (dialogue batch 27, dev) was read as an order of numbers ("How many would
// you like?"): only a message that starts with its question was taken as asking for information.
describe('a question closing a message that first says something else', () => {
  it('is answered from the plan, and orders nothing', async () => {
    const o = await converse(
      'support',
      [
        "We've been customers for two years and we're happy. Quick question: how many phone numbers does Growth let us have?",
      ],
      { tool: 'lookup_pricing', result: { plan: 'Growth' } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('place_order');
    expect(o.turns[0].reply).not.toMatch(/How many would you like/);
  }, 180_000);
});
