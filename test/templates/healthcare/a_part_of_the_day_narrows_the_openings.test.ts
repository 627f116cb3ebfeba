import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// "book me with dr okafor fri morning" and "can i get a family medicine appt wed afternoon" offered the
// first openings whatever the part of the day (chat probes, 2026-11-27). The openings look-up takes the
// part of the day said, as the after-hours line's does (templates/shared/partOfDay.ts).
describe('a part of the day narrows the openings', () => {
  it('offers Dr. Okafor on Friday morning', async () => {
    const o = await converse('healthcare', ['Dana Ruiz 1984-03-12', 'book me with dr okafor fri morning'], {
      tool: 'find_appointment_slots',
    });
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).find((t) => t.tool === 'find_appointment_slots')?.arguments).toMatchObject({
      provider: 'Okafor',
      partOfDay: 'morning',
    });
    expect(o.turns[1].reply).toMatch(
      /^The next openings with Dr\. Amara Okafor are Friday, December \d+ at 0\d:/,
    );
  }, 180_000);

  it('offers only afternoon times for "wed afternoon"', async () => {
    const o = await converse(
      'healthcare',
      ['Dana Ruiz 1984-03-12', 'can i get a family medicine appt wed afternoon'],
      { tool: 'find_appointment_slots' },
    );
    expect(o.unmet).toEqual([]);
    const times = [...o.turns[1].reply.matchAll(/ at (\d\d):\d\d/g)].map((m) => Number(m[1]));
    expect(times.length).toBeGreaterThan(0);
    expect(times.every((h) => h >= 12 && h < 17)).toBe(true);
  }, 180_000);
});
