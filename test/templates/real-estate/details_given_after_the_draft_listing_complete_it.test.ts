import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// "It's a 3 bed, hoping for 420 thousand" right after the seller desk started the draft: its router heard
// a buyer's budget, handed the caller back, and the buyers' desk asked "What's your budget?". Details the
// draft takes and was not given complete it, and the reply says what was added.
describe('details given after the draft listing complete it', () => {
  it('adds the bedrooms and the asking price to the draft, never a home search', async () => {
    const o = await converse(
      'real-estate',
      [
        "hello, I want to sell my house, it's 9 Larch Avenue in Cedar Heights",
        "It's a 3 bed, we're hoping for 520 thousand",
      ],
      { tool: 'draft_listing', result: { drafted: true, created: false }, never_tools: ['search_listings'] },
    );
    expect(o.unmet).toEqual([]);
    const last = toolsOf(o).at(-1);
    expect(last?.arguments).toMatchObject({ bedrooms: 3, askingPrice: 520000 });
    expect(o.turns[1].agent).toBe('SellerIntake');
    expect(o.turns[1].reply).toMatch(/added 3 bedrooms and an asking price of \$520,000/);
  }, 180_000);

  it('leaves a question after the draft to the router', async () => {
    const o = await converse(
      'real-estate',
      [
        "hello, I want to sell my house, it's 9 Larch Avenue in Cedar Heights",
        'what are 3 beds going for around there?',
      ],
      { never_tools: ['search_listings'] },
    );
    expect(toolsOf(o).filter((t) => t.tool === 'draft_listing')).toHaveLength(1);
  }, 180_000);
});
