import { describe, expect, it } from 'vitest';
import { leadProfile, saysSelling } from '../../../templates/real-estate/crmTools.ts';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// "we're thinking about selling our house on Elm street next spring. could an agent give me a call?"
// was recorded as a buyer's lead ("for buying"): the lead's kind came only from a valuation run in the
// conversation, and a seller who asked for a call first went to the buyers' side.
describe('a seller asking for a call back', () => {
  it('is a seller by their own words, not by a "not selling"', () => {
    expect(saysSelling('my wife and I might list our 3 bed townhouse in the spring')).toBe(true);
    expect(saysSelling('would like a valuation before we decide')).toBe(true);
    expect(saysSelling("we're not selling, just looking to buy in Riverside")).toBe(false);
    expect(saysSelling('no plans to sell yet, want to see 2 beds')).toBe(false);
    expect(saysSelling(undefined)).toBe(false);
    expect(leadProfile({}, 'curious what my house is worth these days').kind).toBe('seller');
    expect(leadProfile({ buyerQualified: true }, 'wants a call about the Oak Lane house').kind).toBe('buyer');
  });

  it('is recorded as a seller, and told so', async () => {
    const o = await converse(
      'real-estate',
      [
        'hello! my husband and I are going to sell our condo downtown this summer, can someone ring me about it',
        'Ines Moreau, 555-0166',
      ],
      { tool: 'record_lead', result: { recorded: true, kind: 'seller' } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).find((t) => t.tool === 'record_lead')?.result).toMatchObject({ kind: 'seller' });
    expect(o.turns.at(-1)?.reply).toMatch(/selling/);
  }, 180_000);
});
