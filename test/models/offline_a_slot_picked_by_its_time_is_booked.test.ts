import { describe, expect, it } from 'vitest';
import { seedShift } from '../../src/eval/dialogueEval.ts';
import { pickedByTime } from '../../src/models/offline/forms/pickByTime.ts';
import { SLOTS } from '../../templates/healthcare/seedData.ts';
import { converse, openingsListed, toolsOf } from './offlineScenario.ts';

// "the 1:30 one is good" after the openings got the Scheduler's fallback: a pick by place ("the first
// one") was read, a pick by the time it starts was not. A time said without am or pm is the offered time
// it can be (1:30 is 13:30), the soonest of several; the pick holds after the name is asked.
describe('a slot picked by its time is booked', () => {
  const slots = [
    { slotId: 'SL-402', time: '13:30' },
    { slotId: 'SL-405', time: '08:30' },
    { slotId: 'SL-406', time: '13:30' },
  ];
  it('reads the time said as the offered time it can be', () => {
    expect(pickedByTime('the 1:30 one is good', slots)).toBe(0);
    expect(pickedByTime('the 8:30 one please', slots)).toBe(1);
    expect(pickedByTime('8.30am', slots)).toBeUndefined();
    expect(pickedByTime('the first one', slots)).toBeUndefined();
    expect(pickedByTime('the 4pm one', slots)).toBeUndefined();
  });

  it('books "the 8:30 one" after-hours once the name is given', async () => {
    const o = await converse(
      'after-hours',
      ['I need to book an appointment with Dr. Okafor', 'the 8:30 one please', 'Dana Ruiz, 555-0134'],
      { tool: 'book_slot', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    // The openings listed start after the real today (the line's tools read the machine's date): on a
    // Sunday the Sunday 08:30 opening is gone, and the 8:30 one is Monday's. The pick is the one listed.
    const eightThirty = openingsListed(o).find((s) => s.time === '08:30');
    expect(eightThirty).toBeDefined();
    expect(toolsOf(o).find((t) => t.tool === 'book_slot')?.arguments).toMatchObject({
      slotId: eightThirty?.slotId,
    });
  }, 300_000);

  // The clinic's slot ids count days from setup, which the eval lays on the Friday before its clock
  // (seedShift), so "tues" is the slot id of the Tuesday after that Friday.
  it('books "the 2:30 one" from the clinic desk\'s openings', async () => {
    const setup = new Date(Date.now() + seedShift() * 86_400_000);
    const tuesday = (2 - setup.getUTCDay() + 7) % 7 || 7;
    const expected = SLOTS.find((s) => s.provider === 'Okafor' && s.day === tuesday && s.time === '14:30');
    expect(expected).toBeDefined();
    const o = await converse(
      'healthcare',
      ['need appt w dr okafor tues, blood pressure check', 'marcus bell 07/04/1990', 'the 2:30 one'],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).find((t) => t.tool === 'book_appointment')?.arguments).toMatchObject({
      slotId: expected?.id,
      reason: 'blood pressure check',
    });
  }, 300_000);

  // With "tues mornin" the openings are the mornings' (a part of the day narrows them): "the 2:30 one"
  // names none of them, and booked the first one offered (Tuesday's 09:00) before it was asked again.
  it('asks again when the time picked is not among the openings, and books nothing', async () => {
    const o = await converse(
      'healthcare',
      ['need appt w dr okafor tues mornin, blood pressure check', 'marcus bell 07/04/1990', 'the 2:30 one'],
      {
        reply: "Sorry, I don't see 2:30 among those",
        never_tools: ['book_appointment'],
      },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[2].reply).toMatch(
      /^Sorry, I don't see 2:30 among those\. The next openings with Dr\. Amara Okafor/,
    );
  }, 300_000);
});
