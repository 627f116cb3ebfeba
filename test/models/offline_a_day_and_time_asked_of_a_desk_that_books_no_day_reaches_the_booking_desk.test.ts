import { describe, expect, it } from 'vitest';
import { dialogueClock } from '../../src/eval/dialogueEval.ts';
import { converse, toolsOf } from './offlineScenario.ts';

// The Wednesday of the eval's week (its clock is the coming Monday): 2026-12-02 in the week it was written.
const wednesday = new Date(dialogueClock().getTime() + 2 * 86_400_000).toISOString().slice(0, 10);

// After the buyers' desk read a home out, "Could my wife and I have a look at it on Wednesday, at two in
// the afternoon?" was kept there (the router knew no "have a look"), which read the home out again. A day
// and a clock time, said to a desk none of whose tools takes a day, go to the one desk that books one:
// back through the front desk, to viewings, with the home carried.
describe('a day and a time asked of a desk that books no day', () => {
  it('books the viewing of the home just read out', async () => {
    const o = await converse(
      'real-estate',
      [
        'is 44 Cedar Lane still for sale?',
        'Lovely. Could we have a look at it on Wednesday, at two in the afternoon?',
        'Harold Jennings',
        '555 0118',
      ],
      { tool: 'book_tour', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].handoffs.join(' ')).toMatch(/TourBooker/);
    expect(toolsOf(o).find((c) => c.tool === 'book_tour')?.arguments).toMatchObject({
      listingId: 'LST-1018',
      date: wednesday,
    });
  }, 120_000);

  it('leaves a call back asked for at a time with the call-back desk', async () => {
    const o = await converse(
      'real-estate',
      ['is 44 Cedar Lane still for sale?', 'can an agent call me about it on Wednesday at 2pm?'],
      { never_tools: ['book_tour'] },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].handoffs.join(' ')).not.toMatch(/TourBooker/);
  }, 120_000);
});
