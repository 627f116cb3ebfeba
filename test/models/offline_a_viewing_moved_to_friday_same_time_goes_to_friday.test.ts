import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// "oh shoot, thursday is my son's recital. can we do friday, same time instead?": the day the move goes
// to is the one after "do" (or before "same time instead"), not the day it leaves. The read-back moved
// the Thursday viewing to Thursday.
describe('a viewing moved with "can we do friday, same time instead"', () => {
  it('reads back and moves it to the Friday, and "I can\'t do thursday" is the day it leaves', async () => {
    for (const move of [
      'ugh, thursday clashes with a dentist thing. can we do friday, same time instead?',
      "can we move it? I can't do thursday, can we do friday?",
    ]) {
      const o = await converse(
        'real-estate',
        ["i'd like to see 15 birch court on thursday at 11am", 'Ines Alvarez', '555-0129', move, 'yes'],
        { tool: 'reschedule_tour' },
      );
      expect(o.unmet).toEqual([]);
      expect(o.turns[3].reply).toMatch(/to Friday 4 December/);
      const moved = toolsOf(o).find((c) => c.tool === 'reschedule_tour');
      expect(moved?.arguments).toMatchObject({ newDate: '2026-12-04' });
    }
  }, 180_000);
});
