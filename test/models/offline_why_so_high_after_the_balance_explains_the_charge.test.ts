import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// "why so high? didn't insurance pay anything?" right after the billing desk gave the balance went to the
// insurance desk (on "insurance") and read the plan's coverage. A "why" about the desk's answer goes back
// to that desk, which explains the charge: what was billed, what insurance paid, why the rest is owed.
describe('why so high after the balance explains the charge', () => {
  it('explains the charge instead of reading the coverage', async () => {
    const o = await converse(
      'healthcare',
      ['balance?', 'Samuel Okoro 1969-01-02', "why so high? didn't insurance pay anything?"],
      { tool: 'explain_charge', result: { found: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).filter((t) => t.tool === 'lookup_coverage')).toEqual([]);
  }, 300_000);
});
