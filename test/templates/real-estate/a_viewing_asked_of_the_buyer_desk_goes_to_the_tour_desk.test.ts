import { describe, expect, it } from 'vitest';
import { converse } from '../../models/offlineScenario.ts';

/**
 * "ok let me see it tomorrow at 5:30pm" said to BuyerQualifier after it showed LST-1013: the buyer
 * desk's router kept it ("see" is a buyer's word there) and the listing was shown again. No tool of the
 * buyer desk fits it, the front desk's router sends it to TourBooker, and TourBooker's booking fits it:
 * it goes back to the front desk and on to TourBooker (frontDeskOwner.ts), which books the home shown.
 */
describe('a viewing asked of the buyer desk', () => {
  it('is booked by the tour desk, of the home just shown', async () => {
    const o = await converse(
      'real-estate',
      ['tell me about LST-1013', 'ok let me see it tomorrow at 5:30pm', 'Priya Shah, 555-0139'],
      { tool: 'book_tour', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].agent).toBe('TourBooker');
  }, 180_000);

  it('a question about the home shown stays with the buyer desk', async () => {
    const o = await converse('real-estate', ['tell me about LST-1013', 'how many bedrooms does it have?'], {
      reply: '.',
    });
    expect(o.turns[1].agent).toBe('BuyerQualifier');
  }, 180_000);
});
