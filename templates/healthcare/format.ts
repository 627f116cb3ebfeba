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
