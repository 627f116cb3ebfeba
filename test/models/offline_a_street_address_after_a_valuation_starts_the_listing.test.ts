import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

// After a valuation for a seller, "it's 7 Cedar Lane" left the router unsure at the valuation desk,
// which answered "I can help with sellers. What can I do for you?". A street address said on its own,
// which no tool of the desk takes, goes to the agent whose change takes one (the listing form, whose
// address parameter gives a street address as its example), whatever the router's margins.
describe('a street address after a valuation starts the listing', () => {
  it('drafts the listing at the address given', async () => {
    const o = await converse(
      'real-estate',
      ["we're thinking of selling our 3 bed in Maplewood, what could it be worth?", "it's 7 Cedar Lane"],
      { tool: 'draft_listing', result: { drafted: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].handoffs).toContain('ComparablePuller->SellerIntake');
  }, 180_000);
});
