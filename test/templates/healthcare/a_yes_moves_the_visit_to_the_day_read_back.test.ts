import { describe, expect, it } from 'vitest';
import { dayNotReadBack } from '../../../src/models/offline/forms/readBackDays.ts';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// Grace Liu has a knee rehabilitation visit with Jamie Cole on the Tuesday at 16:00; Dana Ruiz a Monday
// 09:00 follow-up with Dr. Okafor (the eval clock: Monday). Chat probes, 2026-11-28:
// - "move my physical therapy appointment with Jamie tomorrow" read back a move to Tuesday, the visit's
//   own day; "friday at four" was read back as Friday, and the yes moved it to Tuesday ("already on").
// - "no wait, tuesday" to a move read back to Wednesday was read back as Tuesday, and the yes moved it
//   to Wednesday: the front desk had relayed the correction to its scheduling desk merged into the
//   request, where "to wednesday" won.
const GRACE = 'Grace Liu, born 14 September 1952';
const DANA = 'Dana Ruiz 12 March 1984';

const movedTo = (o: Awaited<ReturnType<typeof converse>>) =>
  toolsOf(o).find((t) => t.tool === 'reschedule_appointment')?.result as { when?: string } | undefined;

describe('a yes moves the visit to the day read back', () => {
  it('a day said straight after the visit names the visit, and the day asked for is the one moved to', async () => {
    const o = await converse(
      'healthcare',
      [
        'I need to move my physical therapy appointment with Jamie tomorrow',
        GRACE,
        'friday at four please',
        'yes',
      ],
      { tool: 'reschedule_appointment', result: { rescheduled: true }, never_tools: ['book_appointment'] },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toBe('Which day would you like instead?');
    expect(o.turns[2].reply).toMatch(
      /^Just to confirm: move your knee rehabilitation visit .+ to Friday \d+ December/,
    );
    expect(movedTo(o)?.when).toMatch(/^Friday, December \d+ at 16:00/);
  }, 180_000);

  it('a correction at the read-back is the day the yes moves it to', async () => {
    const o = await converse(
      'healthcare',
      ['move my appointment from monday to wednesday please', DANA, 'no wait, tuesday', 'yes'],
      { tool: 'reschedule_appointment', result: { rescheduled: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/ to Wednesday \d+ December/);
    expect(o.turns[2].reply).toMatch(/ to Tuesday \d+ December/);
    expect(movedTo(o)?.when).toMatch(/^Tuesday, December \d+ at 09:00/);
  }, 180_000);

  it('"good morning" is a greeting, not the part of the day the openings are looked for in', async () => {
    const o = await converse(
      'healthcare',
      ['oh hello, good morning, I need a physio appointment next week'],
      {
        tool: 'find_appointment_slots',
      },
    );
    const search = toolsOf(o).find((t) => t.tool === 'find_appointment_slots')?.arguments;
    expect(search).not.toMatchObject({ partOfDay: 'morning' });
  }, 180_000);

  it('a yes would run a day the read-back did not say where the change goes', () => {
    const move =
      'Just to confirm: move your knee rehabilitation visit on Tuesday, December 1 at 16:00 with Jamie Cole, PT (APT-5006) to Friday 4 December 2026 at 4pm. Shall I go ahead?';
    expect(dayNotReadBack({ date: '2026-12-01' }, move)).toBe(true);
    expect(dayNotReadBack({ date: '2026-12-04' }, move)).toBe(false);
    // A demo's read-back says its day before "invite to …": the whole line counts.
    const demo =
      'Just to confirm: a demo on Thursday 12 June 2031 for Dana Ruiz, invite to dana@northpeak.example. Shall I go ahead?';
    expect(dayNotReadBack({ date: '2031-06-12' }, demo)).toBe(false);
    expect(dayNotReadBack({ date: '2031-06-13' }, demo)).toBe(true);
  });
});
