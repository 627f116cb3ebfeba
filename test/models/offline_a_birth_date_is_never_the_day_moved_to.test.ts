import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// A QA chat probe (2026-11-27): "this is Grace Liu. I was born September 14, 1952. … move the knee one
// to a later day please" read back the move "to Sunday 14 September 1952": the birth date, said by month
// name, was taken as the day asked for. A named date years back is a birth date.
describe('a birth date is never the day moved to', () => {
  it('asks which day instead of reading back 1952', async () => {
    const o = await converse(
      'healthcare',
      [
        "hi it's Grace Liu, I was born September 14, 1952. I'd like to move my knee appointment to a later day",
      ],
      { reply: 'Which day would you like instead' },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).not.toMatch(/1952/);
    const dates = toolsOf(o).map((c) => (c.arguments as { date?: string }).date);
    expect(dates).not.toContain('1952-09-14');
  }, 180_000);
});
