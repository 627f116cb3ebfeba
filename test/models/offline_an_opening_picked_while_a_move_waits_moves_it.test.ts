import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// An integrity fault found by chatting at the night line: "I need to move my appointment", the name and
// number, "do you have anything thursday afternoon?" listed the openings, and "the 1:30 please" booked the
// 1:30 as a second appointment, the one to move still held (forms/pickForMove.ts). And the name given on
// the turn before was asked for again after the openings (forms/answerResults.ts).
describe('an opening picked while a move waits', () => {
  it('moves the appointment held, and books nothing', async () => {
    const o = await converse(
      'after-hours',
      [
        'I need to move my appointment',
        'Dana Ruiz 555-0134',
        'do you have anything thursday afternoon?',
        'the 1:30 please',
        'yes',
      ],
      { tool: 'reschedule_slot', result: { rescheduled: true }, never_tools: ['book_slot'] },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[2].reply).toMatch(/Which one would you like\?$/);
    expect(o.turns[3].reply).toMatch(/Just to confirm: move your appointment .* to Thursday/);
    const moved = toolsOf(o).find((t) => t.tool === 'reschedule_slot')?.result as { slotId?: string };
    const offered = o.turns[2].tools.find((t) => t.tool === 'find_open_slots')?.result as {
      slots: { slotId: string; time: string }[];
    };
    expect(moved.slotId).toBe(offered.slots.find((s) => s.time === '13:30')?.slotId);
  }, 180_000);

  it('with two appointments held, books no second one', async () => {
    const o = await converse(
      'after-hours',
      [
        'I need to move my appointment',
        'Marcus Bell 555-0178',
        'do you have anything thursday afternoon?',
        'the 1:30 please',
      ],
      { never_tools: ['book_slot'] },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[3].reply).toMatch(/Marcus Bell has 2 appointments/);
  }, 180_000);
});
