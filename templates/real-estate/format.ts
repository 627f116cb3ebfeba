/**
 * Conversions at the edge between the database (cents, thousandths of a percent) and what a client
 * hears ("$615,000", "6.625%"). Locale-independent. Days and clock times are read and said by
 * `../shared/calendar.ts` and `../shared/timeOfDay.ts`.
 */

import { timeOfDayParser } from '../shared/timeOfDay.ts';

/** 61500000 → "$615,000"; cents are dropped (house prices and payments are read in whole dollars). */
export function formatDollars(cents: number): string {
  const whole = Math.round(cents / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `$${whole}`;
}

/** 6625 → "6.625%", 5000 → "5%". */
export function formatRate(milli: number): string {
  return `${(milli / 1000).toFixed(3).replace(/\.?0+$/, '')}%`;
}

/**
 * A home price or budget in dollars as a model or a pattern finder produced it. People say "$650k" and
 * "$1.2m", which a finder reads as 650 and 1.2: no home costs under $10,000, so small numbers are
 * read as thousands (or millions below 10). Returns cents, or null for nothing usable.
 */
export function homePriceCents(raw: number | null | undefined): number | null {
  if (raw == null || !Number.isFinite(raw) || raw <= 0) return null;
  const dollars = raw < 10 ? raw * 1_000_000 : raw < 10_000 ? raw * 1_000 : raw;
  return Math.round(dollars * 100);
}

/**
 * A bedroom count when it is one: pattern finders take the first number of a sentence, which in
 * "sell 1420 Birch Lane" is the house number. Homes here have 1 to 12 bedrooms.
 */
export function bedroomCount(raw: number | null | undefined): number | undefined {
  return raw != null && Number.isInteger(raw) && raw >= 1 && raw <= 12 ? raw : undefined;
}

/** Monthly principal and interest, in cents, for a loan in cents at a yearly rate (thousandths of a %). */
export function monthlyPayment(loanCents: number, rateMilli: number, years: number): number {
  const r = rateMilli / 1000 / 100 / 12;
  const n = years * 12;
  if (r === 0) return Math.round(loanCents / n);
  return Math.round((loanCents * r) / (1 - (1 + r) ** -n));
}

/**
 * Canonical id from what a model or a transcript produced: "lst 1004", "LST1004", "1004" → "LST-1004".
 * Returns null for empty input.
 */
export function normalizeId(prefix: string, raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const cleaned = raw.toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (cleaned === '') return null;
  const rest = cleaned.startsWith(prefix) ? cleaned.slice(prefix.length) : cleaned;
  return /^\d+$/.test(rest) ? `${prefix}-${rest}` : null;
}

/** Digits of a phone number when it is one (7 to 15 digits), else null. */
export function phoneDigits(raw: string | null | undefined): string | null {
  const digits = (raw ?? '').replace(/\D/g, '');
  return digits.length >= 7 && digits.length <= 15 ? digits : null;
}

/**
 * The viewing time a client asks for, in minutes after midnight ("2pm", "half past two", "at 3").
 * Listing, photo and tour ids ("LST-1004", "PH-3001") are removed first. Viewings run 9:00 to 19:00,
 * so a bare 1 to 7 o'clock means the afternoon.
 */
export const parseTimeOfDay = timeOfDayParser({ references: /\b[a-z]{2,8}-?\d{2,}\b/, afternoonUpTo: 7 });
