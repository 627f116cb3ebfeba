import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// Found by chatting at the night line: "I need to move my appointment" asked whose name it is under, and
// once the name and number came the move asked "Which day would you like instead?": a caller holding two
// appointments never heard which ones, and "the one with dr patel" then listed Dr. Patel's openings. The
// look-up that only asked runs again with the name and number (forms/lookUpFirst.ts), so the caller hears
// both and picks one.
describe('a move asked before the name is given', () => {
  it('lists the appointments held, and moves the one picked', async () => {
    const o = await converse(
      'after-hours',
      ['I need to move my appointment', 'Marcus Bell 555-0178', 'the one with dr patel', 'thursday', 'yes'],
      {
        tool: 'reschedule_slot',
        result: { rescheduled: true },
        never_tools: ['book_slot', 'find_open_slots'],
      },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/^Marcus Bell has 2 appointments: .*Which one do you mean\?$/);
    expect(o.turns[2].reply).toMatch(/with Dr\. Patel \(SL-448\)\. Which day would you like instead\?$/);
    const moved = toolsOf(o).find((t) => t.tool === 'reschedule_slot');
    expect(moved?.arguments).toMatchObject({ bookedSlotId: 'SL-448' });
  }, 180_000);

  // The appointment found first (the name said with the request), then openings asked and one picked: the
  // pick is the move, read back from the look-up of the appointment that ran again (turnStages/resultsStage.ts).
  // It said only "Dana Ruiz's appointment on …", and the yes after it did nothing.
  it('reads the move back when an opening is picked after the appointment was found', async () => {
    const o = await converse(
      'after-hours',
      [
        'I need to move my appointment, Dana Ruiz 555-0134',
        'do you have anything thursday afternoon?',
        'the 1:30 please',
        'yes',
      ],
      { tool: 'reschedule_slot', result: { rescheduled: true }, never_tools: ['book_slot'] },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[2].reply).toMatch(/^Just to confirm: move your appointment .* to Thursday .* at 1:30pm/);
  }, 180_000);
});
