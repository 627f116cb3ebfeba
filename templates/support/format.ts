/**
 * Small conversions at the edge between the database (cents, ids as stored, timestamps) and what a
 * caller hears (dollars, "Apr 2, 2025 at 14:05 UTC"). Kept locale-independent so results are identical
 * on every machine.
 */

/** Integer cents → dollars as a number (4688 → 46.88). */
export function centsToDollars(cents: number): number {
  return Math.round(cents) / 100;
}

/** Dollars (possibly with float noise, e.g. 46.879999) → integer cents. */
export function dollarsToCents(dollars: number): number {
  return Math.round(dollars * 100);
}

/** Integer cents → "$1,240.00". */
export function formatMoney(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.round(cents));
  const whole = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}$${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** Whole-dollar prices read better aloud: 9900 → "$99", 4688 → "$46.88". */
export function formatPrice(cents: number): string {
  const money = formatMoney(cents);
  return money.endsWith('.00') ? money.slice(0, -3) : money;
}

/** Per-minute rates are whole cents, spelled out for speech: 2 → "2 cents", 1 → "1 cent". */
export function formatCentsRate(cents: number): string {
  return `${cents} cent${cents === 1 ? '' : 's'}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Apr 2, 2025 at 14:05 UTC" (always UTC: the caller's time zone is unknown). */
export function formatWhen(value: Date | string | null): string {
  if (value === null) return 'never';
  const d = value instanceof Date ? value : new Date(value);
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()} at ${hh}:${mm} UTC`;
}

/** 312 → "5m 12s"; 0 → "0s". */
export function formatDuration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m > 0 ? `${m}m ${s}s` : `${s}s`;
}
