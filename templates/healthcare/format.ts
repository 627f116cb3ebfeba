/**
 * Small conversions between the database and what a caller hears. Locale-independent, so results are
 * identical on every machine.
 */

/** Integer cents → "$1,500" for whole dollars, "$12.50" otherwise. */
export function formatMoney(cents: number): string {
  const abs = Math.abs(Math.round(cents));
  const whole = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const rest = abs % 100;
  return `${cents < 0 ? '-' : ''}$${whole}${rest === 0 ? '' : `.${String(rest).padStart(2, '0')}`}`;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
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

/** "2025-06-12" → "Thursday, June 12" (calendar dates carry no time zone, so UTC is exact). */
export function formatVisitDate(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return isoDate;
  return `${WEEKDAYS[d.getUTCDay()]}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
}

/** Today as YYYY-MM-DD in UTC, the clock the database's CURRENT_DATE also uses in tests. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * A date of birth as a model or a transcript gives it: "1984-03-12", "3/12/1984", "03-12-1984".
 * Returns YYYY-MM-DD, or null when it is not a real calendar date.
 */
export function normalizeBirthDate(raw: string | null | undefined): string | null {
  const text = raw?.trim() ?? '';
  const iso = text.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/);
  const us = text.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/);
  const parts = iso ? [iso[1], iso[2], iso[3]] : us ? [us[3], us[1], us[2]] : null;
  if (!parts) return null;
  const [y, m, d] = parts.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** Names compared the way a receptionist would: case, accents and extra spaces do not matter. */
export function normalizeName(raw: string | null | undefined): string {
  return (raw ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z' -]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Canonical id from what a model or a transcript produced: "sl 2031", "SL2031", "2031" → "SL-2031".
 * Returns null for empty input.
 */
export function normalizeId(prefix: string, raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const cleaned = raw.toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (cleaned === '') return null;
  const rest = cleaned.startsWith(prefix) ? cleaned.slice(prefix.length) : cleaned;
  return rest === '' ? null : `${prefix}-${rest}`;
}

/** "a, b and c" */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
