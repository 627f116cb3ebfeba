import { pickedIndex, SOONEST } from './picks.ts';

/** A clock time as a tool lists it ("09:30"). */
const CLOCK = /^\d{1,2}:\d{2}$/;

/**
 * "the earliest please", "the first one" to free times listed by stylist ("Aisha at 09:00, 09:30 or
 * 10:00. What time would you like?"): the time picked from the lists, in the order said; "the earliest"
 * is the earliest of them all. It was "Sorry, I didn't catch that" (the offer holds times, no references).
 */
export function offeredTime(out: Record<string, unknown>, text: string): string | undefined {
  const times = Object.values(out)
    .flatMap((v) => (Array.isArray(v) ? v : []))
    .flatMap((item) => (item && typeof item === 'object' ? Object.values(item) : []))
    .flatMap((v) =>
      Array.isArray(v) ? v.filter((t): t is string => typeof t === 'string' && CLOCK.test(t)) : [],
    );
  if (times.length === 0) return undefined;
  if (SOONEST.test(text)) return [...times].sort((a, b) => minutes(a) - minutes(b))[0];
  const index = pickedIndex(text, times.length);
  return index === undefined ? undefined : times[index];
}

const minutes = (clock: string) => {
  const [h, m] = clock.split(':').map(Number);
  return h * 60 + m;
};
