import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

describe('a time corrected at the read-back is the one the change is made with', () => {
  it('moves the booking to 5pm after "3pm", then "no, 5pm" to the read-back, then "yes"', async () => {
    const o = await converse(
      'salon',
      [
        'I need to move GB-20310613-002 to Friday 20 June 2031',
        'it is under 07700 900303',
        '3pm',
        'no, 5pm',
        'yes',
      ],
      { tool: 'reschedule_booking', result: { changed: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[3].reply).toMatch(/5pm/);
    // Before: "yes" brought back the time answered to the question (3pm) and read it back again.
    const moved = toolsOf(o).find((t) => t.tool === 'reschedule_booking');
    expect(JSON.stringify(moved?.arguments)).toMatch(/5pm|17:00/);
  }, 120_000);
});
