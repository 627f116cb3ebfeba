import { longDay } from './formQuestions.ts';

/**
 * Where a read-back says a change goes, and whether a yes to it would make another change. The offline
 * model hears the whole conversation again on every turn, so the arguments a yes runs with are worked
 * out anew: a day heard differently then (the request heard again with a correction before it, and
 * "tomorrow", the visit's own day, read as the new one) moved a visit to a day never read back.
 */

/**
 * The part of a move's read-back that says where it goes: after its last " to " (the old day and time
 * are read back first), or all of it when that part says "the same day" / "the same time" as the old.
 */
export function whereItGoes(readBack: string, kept: 'day' | 'time'): string {
  const to = readBack.lastIndexOf(' to ');
  const tail = to < 0 ? readBack : readBack.slice(to);
  return new RegExp(`\\bsame ${kept}\\b`).test(tail) ? readBack : tail;
}

/** A day among the arguments ("2026-12-01") the read-back does not name where it says where the change goes. */
export function dayNotReadBack(args: Record<string, unknown>, readBack: string): boolean {
  // A move's read-back names the old day too: only where it goes counts, when that part names a day
  // ("… invite to dana@…" after a demo's day is no move).
  const where = whereItGoes(readBack, 'day').toLowerCase();
  const said = /day\b|\d{4}-\d{2}-\d{2}/.test(where) ? where : readBack.toLowerCase();
  return Object.values(args).some((v) => {
    if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v) || said.includes(v)) return false;
    const [weekday, day] = longDay(v).toLowerCase().split(' ');
    return !(said.includes(weekday) && new RegExp(`\\b${day}(?:st|nd|rd|th)?\\b`).test(said));
  });
}
