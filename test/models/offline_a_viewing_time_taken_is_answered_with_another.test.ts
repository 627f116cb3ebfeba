import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * QA chat probe (2026-11-27): "can I tour LST-1009 on June 14 2031 at 11am? I'm Amy Fox 555-0155" got
 * "11:00 … is taken … Free that day: 09:00, …, 11:30", and "ok 11:30 then" the desk's fallback: nothing
 * was ever booked. A taken time asks for another (the tool says which value it needs, with the free
 * times as its reason), so the time said next books the viewing.
 */
describe('a viewing time taken is answered with another', () => {
  it('lists the free times, and books the one picked', async () => {
    const o = await converse(
      'real-estate',
      ["can I tour LST-1009 on June 14 2031 at 11am? I'm Amy Fox 555-0155", 'ok 11:30 then'],
      { tool: 'book_tour', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(/Free that day: .*11:30/);
    expect(toolsOf(o).filter((t) => t.tool === 'book_tour')).toHaveLength(2);
    expect(o.turns[1].reply).toMatch(/at 11:30/);
  }, 120_000);
});
