import { describe, expect, it } from 'vitest';
import { dialogueClock } from '../../src/eval/dialogueEval.ts';
import { longDay } from '../../src/models/offline/forms/formQuestions.ts';
import { converse, toolsOf } from './offlineScenario.ts';

// The Friday of the eval's week (its clock is the coming Monday): written as "Friday 4 December" for the
// week it was written in, the test failed on every later day.
const friday = new Date(dialogueClock().getTime() + 4 * 86_400_000).toISOString().slice(0, 10);

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
      expect(o.turns[3].reply).toContain(`to ${longDay(friday)}`);
      const moved = toolsOf(o).find((c) => c.tool === 'reschedule_tour');
      expect(moved?.arguments).toMatchObject({ newDate: friday });
    }
  }, 180_000);
});
