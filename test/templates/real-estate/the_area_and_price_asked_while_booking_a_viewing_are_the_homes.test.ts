import { describe, expect, it } from 'vitest';
import { converse } from '../../models/offlineScenario.ts';

// "whats the property tax like around there btw" while a viewing of "8 elm st" was being booked: the
// neighbourhood desk asked "Which neighborhood?" of a caller who had named the home, because no look-up
// had turned the address into a listing. The area look-up takes the home by its street address too.
describe('the area and the price asked about while booking a viewing are the home’s', () => {
  it('describes the home’s neighbourhood, then the viewing goes on', async () => {
    const o = await converse(
      'real-estate',
      [
        'could I pop round to see 41 Orchard Lane on friday',
        'and what are property taxes like round there?',
        'great, 10am please',
        'Ivy Chen, 555-0133',
      ],
      [
        { tool: 'describe_neighborhood', result: { found: true, neighborhood: 'Maplewood' } },
        { tool: 'book_tour', result: { booked: true, address: '41 Orchard Lane' } },
      ],
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);

  // "how much is it going for?" while booking a viewing of 15 Birch Court: the valuation desk asked which
  // neighbourhood. The home by its address is valued, its asking price said first.
  it('says the asking price of the home being booked, then the viewing goes on', async () => {
    const o = await converse(
      'real-estate',
      ['hi could we view 56 Chapel Street on monday', 'how much are they asking for it?', 'lovely, 2pm then'],
      { tool: 'book_tour', never_tools: ['search_listings'] },
    );
    expect(o.turns[1].reply).toMatch(/^56 Chapel Street is listed at \$[\d,]+\./);
    expect(o.turns[2].reply).toMatch(/name/i);
  }, 180_000);
});
