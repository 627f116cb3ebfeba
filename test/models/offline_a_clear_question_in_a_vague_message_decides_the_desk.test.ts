import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

describe('a message the router is barely sure of, with one clear question in it', () => {
  it('searches homes for the question, not the mortgage its "paying" and "rent" leant to', async () => {
    const o = await converse(
      'real-estate',
      [
        "Oh, I see. In that case, what could I actually buy in Lakeview for under $400,000? I'd like to compare it with what I'm paying in rent now.",
      ],
      { never_tools: ['quote_mortgage'] },
    );
    // Before: the financing desk asked what price of home to quote on.
    expect(o.turns[0].agent).toBe('BuyerQualifier');
    expect(o.unmet).toEqual([]);
  }, 120_000);

  it('hands a search asked at the neighbourhood desk on to the buyers’ desk, which searches', async () => {
    const o = await converse(
      'real-estate',
      [
        'what is Cedar Heights like? would we need a car?',
        "We both drive, so that's fine. Lower taxes matter more to us. What do you have in Cedar Heights with at least three bedrooms for under $800,000?",
      ],
      { tool: 'search_listings', result: { found: true } },
    );
    // Before: Cedar Heights was described again.
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).at(-1)?.arguments).toMatchObject({
      neighborhood: 'Cedar Heights',
      bedrooms: 3,
      maxPrice: 800000,
    });
  }, 120_000);

  it('keeps a question about what was just said with the desk it was said to', async () => {
    const o = await converse(
      'real-estate',
      [
        'Hi, we are thinking of putting our house on the market.',
        'It is 9 Linden Terrace in Lakeview, 3 bedrooms.',
        'Great. I uploaded a picture of the bathroom, PH-3003. Honestly, is it going to put buyers off?',
      ],
      { tool: 'analyze_listing_photo' },
    );
    expect(o.unmet).toEqual([]);
  }, 120_000);
});
