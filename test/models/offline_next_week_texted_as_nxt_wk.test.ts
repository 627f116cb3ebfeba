import { describe, expect, it } from 'vitest';
import { spelledOut } from '../../src/models/offline/textingWords.ts';
import { converse, toolsOf } from './offlineScenario.ts';

// "need appt w dr okafor nxt wk, mornings only pls" lost its week: the openings offered began with this
// Sunday's (a chat probe). "nxt" and "wk" are texting for "next" and "week".
describe('"next week" texted as "nxt wk"', () => {
  it('spells out nxt and wk after a word that counts weeks', () => {
    expect(spelledOut('need appt nxt wk')).toBe('need appointment next week');
    expect(spelledOut('twice a wk')).toBe('twice a week');
    expect(spelledOut('the WK-12 form')).toBe('the WK-12 form');
  });

  it("looks for next week's openings", async () => {
    const o = await converse('after-hours', ['need appt w dr okafor nxt wk, mornings only pls'], {
      tool: 'find_open_slots',
      result: { found: true },
    });
    expect(o.unmet).toEqual([]);
    const args = toolsOf(o).find((t) => t.tool === 'find_open_slots')?.arguments as Record<string, string>;
    expect(args.provider).toBe('Okafor');
    expect(args.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }, 180_000);
});
