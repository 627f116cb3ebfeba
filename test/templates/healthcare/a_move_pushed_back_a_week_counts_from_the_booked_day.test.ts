import { describe, expect, it } from 'vitest';
import { shiftedDate } from '../../../src/models/offline/shiftedDate.ts';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

/**
 * "I need to push my appointment back a week": the new day is a week after the visit, not a week after
 * today, and not a question ("Which day would you like instead?") about a day the patient had given.
 * The look-up keeps the visit's day in the state (`appointmentDate`), and a change's new day said from
 * it is counted from it. Seeded: Dana Ruiz's blood pressure follow-up (APT-5001), two days from today.
 */
describe('a move pushed back a week counts from the booked day', () => {
  it('reads back the visit a week later and moves it on yes', async () => {
    const o = await converse(
      'healthcare',
      ['I need to push my appointment back a week', 'Dana Ruiz, born 1984-03-12', 'yes'],
      { tool: 'reschedule_appointment', result: { rescheduled: true } },
    );
    expect(o.unmet).toEqual([]);
    const readBack = o.turns[1].reply;
    expect(readBack).toMatch(/^Just to confirm: move your .* \(APT-5001\) to /);
    const moved = toolsOf(o).find((t) => t.tool === 'reschedule_appointment')?.arguments as { date: string };
    // The visit as read back ("on Sunday, November 29 at 09:00"), in the year of the new day.
    const visit = readBack.match(/\bon \w+, (\w+ \d+) at/)?.[1];
    const from = Date.parse(`${visit} ${moved.date.slice(0, 4)} UTC`);
    expect((Date.parse(`${moved.date}T00:00:00Z`) - from) / 86_400_000).toBe(7);
  }, 300_000);

  it('counts shifts from the booked day, and "next week" only for a visit in the coming week', () => {
    const now = new Date('2026-11-26T10:00:00Z');
    expect(shiftedDate('can you push it back a week', '2026-11-29', now)).toBe('2026-12-06');
    expect(shiftedDate('move it back by two days please', '2026-11-29', now)).toBe('2026-12-01');
    expect(shiftedDate('could we bring it forward a week', '2026-12-08', now)).toBe('2026-12-01');
    expect(shiftedDate('a week later would be better', '2026-11-29', now)).toBe('2026-12-06');
    expect(shiftedDate('can I do next week instead', '2026-11-29', now)).toBe('2026-12-06');
    expect(shiftedDate('can I do next week instead', '2026-12-20', now)).toBeUndefined();
    expect(shiftedDate('next week on tuesday', '2026-11-29', now)).toBeUndefined();
    expect(shiftedDate('can I move it to friday', '2026-11-29', now)).toBeUndefined();
  });
});
