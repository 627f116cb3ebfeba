import { vi } from 'vitest';
import { dialogueClock } from '../../src/eval/dialogueEval.ts';

/**
 * Runs `work` with the process's clock on the dialogue eval's day: the coming Monday (today when it is
 * Monday) at 09:00 UTC, moving on from there. The offline model reads "today" from that clock, and the
 * templates' tools and seed rows read the database's `CURRENT_DATE`, which PGlite takes from the same
 * `Date`: in use they are one day, and in a test they were not — on a Tuesday the model's today was six
 * days after the database's, and appointment tests written in one week's calendar failed on every day but
 * Monday (openings for "thursday morning" lay before the seeded days). With one clock every day of a week
 * runs the same calendar, the one `npm test` is green on; a test that names a date computes it from
 * `dialogueClock()`. Nested calls keep the outer clock.
 */
export async function onTheEvalDay<T>(work: () => Promise<T>): Promise<T> {
  const restore = setEvalDay();
  try {
    return await work();
  } finally {
    restore();
  }
}

/** Sets the clock as `onTheEvalDay` does, for hooks; returns what sets it back. */
export function setEvalDay(): () => void {
  if (vi.isFakeTimers()) return () => {};
  vi.useFakeTimers({ now: dialogueClock(), toFake: ['Date'], shouldAdvanceTime: true });
  return () => vi.useRealTimers();
}
