import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// "yes" or "ok" to three openings ("…(SL-402), …(SL-405) and …(SL-407). Which one would you like?")
// got the fallback, and the next turn booked the first opening, which the caller never picked (the
// look-up keeps its first item in the state). A bare agreement to a list now asks which one, saying
// the list again, and the pick made after it is the one booked (noneOfTheList.ts).
describe('a bare yes to a list of openings picks none', () => {
  it('asks which one, naming them, then books the one picked', async () => {
    const o = await converse(
      'after-hours',
      ['I need an appointment', 'ok', 'the second one', 'Sara Lim', '5550900'],
      { tool: 'book_slot', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    const offered = [...o.turns[0].reply.matchAll(/SL-\d+/g)].map((m) => m[0]);
    expect(offered).toHaveLength(3);
    for (const turn of [o.turns[1]]) {
      expect(turn.reply).toMatch(/^Which one do you mean\?/);
      for (const slot of offered) expect(turn.reply).toContain(slot);
      expect(turn.tools).toEqual([]);
    }
    const booked = toolsOf(o).find((c) => c.tool === 'book_slot');
    expect((booked?.arguments as { slotId?: string } | undefined)?.slotId).toBe(offered[1]);
  }, 180_000);
});
