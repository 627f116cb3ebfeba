import { describe, expect, it } from 'vitest';
import { converse } from '../../models/offlineScenario.ts';

// "is 14 Maple Avenue still for sale?" and "can I see photos of 8 elm street" were asked for a listing
// number the client never heard: the listing and photo look-ups took only the number. A home named by
// its street address is the listing whose address it is (listings.ts listingNamedIn).
describe('a home named by its street address', () => {
  it('is looked up, and its status said', async () => {
    const o = await converse('real-estate', ['is 14 Maple Avenue still for sale?'], {
      tool: 'get_listing',
      reply: 'under contract',
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(/LST-1016, 14 Maple Avenue/);
    expect(o.turns[0].reply).not.toMatch(/under contract\. Under contract/);
  }, 180_000);

  it("has its photos listed, the street type written short ('8 elm st')", async () => {
    const o = await converse('real-estate', ['can I see photos of 8 elm st'], {
      tool: 'list_listing_photos',
      reply: 'LST-1001 has 3 photos',
    });
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
