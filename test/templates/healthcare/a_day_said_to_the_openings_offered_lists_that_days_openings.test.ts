import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// "thursday any time" right after the scheduling desk offered Monday's openings looked up the caller's
// own appointments on Thursday ("You don't have any upcoming appointments"): the words fit that look-up
// better, and the desk keeps no memory of its offer. A reply that only says when, to openings offered,
// asks for the openings at that time.
describe('a day said to the openings offered lists that day’s openings', () => {
  it('lists Thursday’s openings and books the one picked', async () => {
    const o = await converse(
      'healthcare',
      [
        "hello, I need to book an appointment, my knee's been swollen since friday",
        'Priya Nair, 23 November 1978',
        'any time on thursday',
        'the first one',
      ],
      { tool: 'book_appointment', result: { booked: true }, never_tools: ['list_appointments'] },
    );
    expect(o.unmet).toEqual([]);
    const search = toolsOf(o).findLast((t) => t.tool === 'find_appointment_slots');
    const day = (search?.arguments as { date?: string } | undefined)?.date ?? '';
    expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(`${day}T12:00:00Z`).getUTCDay()).toBe(4);
  }, 180_000);
});
