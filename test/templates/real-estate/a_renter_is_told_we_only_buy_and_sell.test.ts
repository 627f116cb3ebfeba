import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// "hi, I'm looking to rent a 2 bedroom apartment in Riverside" was searched as a buyer's homes for sale
// (and "I want to rent an apartment" went to the complaints desk): Keystone has no rentals, and the
// renter's words are a buyer's. The front desk and the buyer desk now say so, asked or not, and offer a
// person; a buyer who rents today is still a buyer.
describe('a renter is told we only buy and sell', () => {
  it('tells a renter we have no rentals and searches nothing', async () => {
    const o = await converse('real-estate', ["hi, I'm looking to rent a 2 bedroom apartment in Riverside"], {
      reply: "don't handle rentals",
      never_tools: ['search_listings', 'record_lead', 'book_tour'],
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].agent).toBe('Triage');
  }, 180_000);

  it('passes the renter to a person on yes', async () => {
    const o = await converse('real-estate', ['do you have anything for rent in Old Town?', 'yes please'], {
      handoff: 'Human',
    });
    expect(o.unmet).toEqual([]);
  }, 180_000);

  it('searches for a buyer who rents today', async () => {
    const o = await converse('real-estate', ["we're renting now but want to buy a 3 bed under 600k"], {
      tool: 'search_listings',
      result: { found: true },
    });
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).map((t) => t.tool)).toEqual(['search_listings']);
  }, 180_000);
});
