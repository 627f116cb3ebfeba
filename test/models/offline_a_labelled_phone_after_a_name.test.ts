import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

// "I need to move my appointment. Dana Ruiz, phone 555-0134": the name before a labelled number was no
// name, so "Whose name is the appointment under?" was asked twice and a person offered.
describe('a name said before a labelled phone number', () => {
  it('finds the appointment under Dana Ruiz at once', async () => {
    const o = await converse(
      'after-hours',
      [
        'need to reschedule my appointment pls. Dana Ruiz, mobile 555-0134',
        'the day after, same time?',
        'yes',
      ],
      { tool: 'reschedule_slot', result: { rescheduled: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).not.toMatch(/Whose name/);
  }, 180_000);
});
