import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

// "Could it be earlier the same day, at 8:30 in the morning?", "Would 8:30 in the morning that day work
// instead?" to the night line's "Which day would you like instead?": "morning" chose the openings search, and the caller was shown their appointment with no
// read-back of the move. A clock time put as a question to the change under way proposes that time; a
// question that names no time ("what have you got in the morning?") still looks openings up.
describe('a time proposed as a question moves the appointment', () => {
  it('reads the move to 8:30 the same day back and makes it on a yes', async () => {
    const o = await converse(
      'after-hours',
      [
        "Hi, I need to change the time of my appointment with Dr. Okafor on Monday. It's Dana Ruiz, 555-0134.",
        'Would 8:30 in the morning that day work instead?',
        'Yes please.',
      ],
      { tool: 'reschedule_slot', result: { rescheduled: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/^Just to confirm: move your appointment .* to 8:30am/);
  }, 180_000);

  it('lists openings for a morning asked about with no time', async () => {
    const o = await converse(
      'after-hours',
      [
        "Hi, I need to change the time of my appointment with Dr. Okafor on Monday. It's Dana Ruiz, 555-0134.",
        'What have you got in the morning?',
      ],
      { never_tools: ['reschedule_slot'] },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).not.toMatch(/^Just to confirm/);
  }, 180_000);
});
