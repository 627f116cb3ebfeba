import { describe, expect, it } from 'vitest';
import { dialogueClock, seedShift } from '../../src/eval/dialogueEval.ts';

// The eval's clock is the coming Monday; seeds dated from the day of setup are moved to lie as if set up
// on the Friday before it, so a scenario's weekdays hold whatever day the eval runs.
describe('the dialogue eval’s seed layout', () => {
  it.each([
    ['2026-11-23', -3], // Monday: the clock is today, the Friday three days back
    ['2026-11-24', 3],
    ['2026-11-25', 2],
    ['2026-11-26', 1],
    ['2026-11-27', 0], // Friday: as set up
    ['2026-11-28', -1],
    ['2026-11-29', -2],
  ])('on %s moves the seeds %i days', (day, shift) => {
    const now = new Date(`${day}T22:30:00Z`);
    expect(seedShift(now)).toBe(shift);
    const friday = new Date(`${day}T00:00:00Z`).getTime() + shift * 86_400_000;
    expect(new Date(friday).getUTCDay()).toBe(5);
    expect(dialogueClock(now).getTime() - friday).toBe((3 * 24 + 9) * 3_600_000);
  });
});
