import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// "whats the school rating in maplewood" went to the valuation desk, which read out comparable sales:
// "school" (not "schools") and "rating" were words the router had never seen for the area desk. It now
// has an example, and the question is answered with the area's school rating.
describe('a school rating question is answered by the area', () => {
  it('describes the neighborhood asked about, not its sales', async () => {
    const o = await converse('real-estate', ['what is the school rating in Cedar Heights'], {
      tool: 'describe_neighborhood',
      result: { found: true },
    });
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('pull_comparables');
    expect(o.turns[0].reply).toMatch(/Schools rate \d+ out of 10/);
  }, 180_000);
});
