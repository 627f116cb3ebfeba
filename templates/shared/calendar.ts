/**
 * Calendar days as the templates store them (YYYY-MM-DD, no time zone) and as a caller hears them.
 * A calendar day has no time zone, so everything is computed in UTC: the same result on every machine.
 */

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A real calendar day as YYYY-MM-DD ("2031-02-30" is not), else null. */
export function parseDay(raw: string | null | undefined): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw?.trim() ?? '');
  if (!iso) return null;
  const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d ? iso[0] : null;
}

/** 0 = Sunday, like PostgreSQL's `extract(dow …)`. */
export function weekdayOf(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

/**
 * "2031-06-13" → "Friday 13 June 2031": for bookings that may be months ahead, so the year is said.
 * Text that is not a date comes back unchanged rather than as "undefined NaN".
 */
export function formatDayLong(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return day;
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/**
 * "2025-06-12" → "Thursday, June 12": for appointments and bills within the year, where the year is noise.
 * Text that is not a date comes back unchanged.
 */
export function formatDayShort(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return day;
  return `${WEEKDAYS[d.getUTCDay()]}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
}

/**
 * Today as YYYY-MM-DD in UTC: the templates' calendars have no time zone of their own in this demo, and
 * it is the clock the database's CURRENT_DATE also uses in tests.
 */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
