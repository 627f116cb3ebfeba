import { describe, expect, it } from 'vitest';
import { saidJustNow } from '../../../src/models/offline/forms/saidJustNow.ts';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// "Do I need to come in for a patch test before that?" right after a quote that said "No patch test is
// needed for this one" (dialogue batch 27, dev): the quote ran again with the question as its colour,
// asked "Which colour are you thinking of?", and the booking that followed was never made.
describe('a question about what the last reply just said', () => {
  const quote =
    'A full colour for long hair is $150 and takes about 2 hours, with Maya or Aisha. A patch test is needed 48 hours before. Would you like me to book it?';

  it("says that sentence again, with the reply's own question", () => {
    expect(saidJustNow('sorry, is the patch test really needed?', quote)).toBe(
      'A patch test is needed 48 hours before. Would you like me to book it?',
    );
    // A request, a question on something the reply did not say, or a statement: none.
    expect(saidJustNow('can I book the patch test for Friday?', quote)).toBeUndefined();
    expect(saidJustNow('does the price include a blow dry?', quote)).toBeUndefined();
    expect(saidJustNow('the patch test is fine', quote)).toBeUndefined();
    // A question about a thing the reply named, asking what it did not say.
    expect(saidJustNow('is a full colour for long hair covered by a gift voucher?', quote)).toBeUndefined();
  });

  it('keeps the quote, and the booking goes on', async () => {
    const o = await converse(
      'salon',
      [
        'how much is a full colour on long hair?',
        'wait, is a patch test needed for that?',
        'ok fine, can you book the full colour for next Saturday at 11am',
        'Nina Shah, 07700 900612',
        'yes',
      ],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/patch test/i);
    expect(o.turns[1].tools).toEqual([]);
    expect(toolsOf(o).filter((t) => t.tool === 'color_quote')).toHaveLength(1);
  }, 180_000);
});
