import { describe, expect, it } from 'vitest';
import { matchTool } from '../../../src/models/offline/toolMatcher.ts';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// "hi um I'm thinking about getting balayage done how much would that be" (dialogue batch 23, dev): the
// colour quote's similarity fell just under the bar on "getting", no tool ran, and the colour desk
// greeted the caller ("What are you thinking of…?") instead of quoting; the balayage was never booked.
const quote = {
  name: 'colour_price',
  description: 'Quote a colour (balayage, highlights, toner, roots) for a hair length: price and time.',
};
const lookUp = {
  name: 'find_visit',
  description: 'Look up an existing visit by its reference or phone number.',
};
const book = {
  name: 'book_visit',
  description: 'Book a visit (a cut, a colour or a treatment) with a stylist.',
  sideEffect: true,
};

describe('a colour priced by a caller still making up their mind', () => {
  it('is the quote that lists the thing named, when the question asks a price or a time', () => {
    const tools = [quote, lookUp, book];
    expect(
      matchTool("we're sort of considering getting a toner sorted, what's that going to cost?", tools)?.name,
    ).toBe('colour_price');
    expect(matchTool('roughly how long are highlights, thinking about getting them', tools)?.name).toBe(
      'colour_price',
    );
    // Asking for it done is the booking's, not a quote; a thing no tool lists decides nothing.
    expect(matchTool('can you book the highlights for friday', tools)?.name).not.toBe('colour_price');
    expect(matchTool('how much would it be to get my nails sorted', tools)).toBeUndefined();
  });

  it('is quoted, and booked once the caller says when', async () => {
    const o = await converse(
      'salon',
      [
        'hey um im thinking about getting balayage done how much would that be roughly',
        "it's long, past my shoulders",
        'lovely, could you book that for saturday at ten with aisha',
        'Rosa Lind, 07700 900412',
        'yes',
      ],
      { tool: 'book_appointment', result: { booked: true, service: 'balayage', stylist: 'Aisha' } },
    );
    expect(o.unmet).toEqual([]);
    // The first answer is the quote, not a greeting.
    expect(o.turns[0].tools.map((t) => t.tool)).toContain('color_quote');
    expect(toolsOf(o).filter((t) => t.tool === 'book_appointment')).toHaveLength(1);
  }, 180_000);
});
