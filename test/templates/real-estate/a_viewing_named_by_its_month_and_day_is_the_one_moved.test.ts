import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// "I want to move my monday june 16 viewing to 4pm same day" listed both of Jonah's viewings and asked
// which: "june 16" (a day beside a month, not an ordinal) named no day, and the day was taken for the
// one moved to. A day said beside its month names the visit, and "same day" says the day is its own.
describe('a viewing named by its month and day', () => {
  it('is the one moved, to the new time the same day', async () => {
    const o = await converse(
      'real-estate',
      ['my phone is 555-0142, I want to move my monday june 16 viewing to 4pm same day', 'yes'],
      { tool: 'reschedule_tour', reply: '16:00' },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(/8 Elm Street on Monday 16 June 2031 at 14:00/);
    expect(o.turns[1].reply).toMatch(/8 Elm Street is now on Monday 16 June 2031 at 16:00/);
    expect(toolsOf(o).filter((t) => t.tool === 'reschedule_tour')).toHaveLength(1);
  }, 180_000);

  it('said as a cancellation ("cancel my viewing on june 14"), names that one', async () => {
    const o = await converse('real-estate', ['phone 555-0142, please cancel my viewing on june 14', 'yes'], {
      tool: 'cancel_tour',
      reply: 'cancelled your viewing of 220 River Road',
    });
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
