import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * The buyers' desk read out a home, then "thursday? any time after 3 works, say 3:30": the desk books no
 * day, so it passed the message back to the front desk, which kept it as off-topic and gave its menu, and
 * the name and number after it got the menu again. A day and a time passed to the front desk by a desk
 * this turn go on to the desk whose booking takes a day, as they would have from the desk itself.
 */
describe('a viewing time said after a home was read out is booked', () => {
  it('the viewing of the home read out is booked at the time said', async () => {
    const o = await converse(
      'real-estate',
      [
        "hi, we're looking to buy. budget around 600, 3 bedrooms, not fussy about the area",
        "hmm, which one is the cheapest? let's see that one",
        'thursday? any time after 3 works, say 3:30',
        'Ines Duarte, 555-0191',
      ],
      { tool: 'book_tour', result: { booked: true } },
    );
    expect(o.turns[2].handoffs.at(-1)).toBe('Triage->TourBooker');
    const shown = toolsOf(o).find((c) => c.tool === 'get_listing')?.result as { listingId: string };
    const booked = toolsOf(o).find((c) => c.tool === 'book_tour')?.result as {
      listingId: string;
      when: string;
    };
    expect(booked.listingId).toBe(shown.listingId);
    expect(booked.when).toMatch(/Thursday .* at 15:30/);
    expect(o.unmet).toEqual([]);
  }, 120_000);

  it('an off-topic day and time said at the front desk is still kept', async () => {
    const o = await converse('real-estate', ['can you book me a table for two at 7 tonight'], {
      never_tools: ['book_tour'],
    });
    expect(o.turns[0].handoffs).toEqual([]);
  }, 120_000);
});
