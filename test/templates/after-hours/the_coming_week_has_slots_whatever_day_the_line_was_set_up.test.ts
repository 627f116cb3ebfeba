import { describe, expect, it } from 'vitest';
import { dialogueClock } from '../../../src/eval/dialogueEval.ts';
import { SLOT_ROWS, SLOT_WINDOW_DAYS } from '../../../templates/after-hours/seedData.ts';

/**
 * The after-hours slots are laid out from the day the tables are created; the dialogue eval's clock is
 * the coming Monday. With a one-week window a Wednesday's setup had no slot for the Thursday after
 * that Monday, so a booking passed or failed by the weekday the eval ran (found by batch 10's author).
 */
const DAY = 86_400_000;

describe('the coming week has slots whatever day the line was set up', () => {
  it('covers every day from the clock’s tomorrow to a week after it, for each weekday of setup', () => {
    for (let weekday = 0; weekday < 7; weekday++) {
      const setup = new Date(Date.UTC(2026, 10, 22 + weekday, 9)); // Sunday 22 Nov 2026 + weekday
      const clock = dialogueClock(setup);
      const ahead = Math.round((clock.getTime() - setup.getTime()) / DAY);
      for (let day = 1; day <= 7; day++) {
        const fromSetup = ahead + day;
        expect(fromSetup, `setup on weekday ${weekday}, clock +${day}`).toBeLessThanOrEqual(SLOT_WINDOW_DAYS);
        expect(
          SLOT_ROWS.some((row) => (row[2] as { daysFromSetup: number }).daysFromSetup === fromSetup),
        ).toBe(true);
      }
    }
  });
});
