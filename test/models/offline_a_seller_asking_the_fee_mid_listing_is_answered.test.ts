import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * "whats your commission?" asked while the sellers' desk waited for the address got "I'm afraid I can't
 * answer that one here." The desk says how its fee is set (agreed with the listing agent, nothing to pay
 * until the home sells; no figure is made up), asks for the address again, and the listing goes on.
 */
describe('a seller asking the fee mid-listing is answered', () => {
  it('answers the fee, then takes the address', async () => {
    const o = await converse(
      'real-estate',
      ['we want to sell our house', 'whats your commission?', '12 Oak Lane, Maplewood'],
      { tool: 'draft_listing' },
    );
    expect(o.turns[1].reply).toMatch(/^Our fee is agreed with your listing agent.*What's the street address/);
    const drafted = toolsOf(o).filter((c) => (c.result as { drafted?: boolean }).drafted === true);
    expect(drafted.map((c) => (c.arguments as { addressDescription: string }).addressDescription)).toEqual([
      '12 Oak Lane, Maplewood',
    ]);
    expect(o.unmet).toEqual([]);
  }, 120_000);
});
