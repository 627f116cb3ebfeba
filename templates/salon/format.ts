/**
 * Conversions at the edge between the database (cents, minutes, booking references) and what a caller
 * hears or says ("$65", "45 minutes", "GB-20310613-002"). Locale-independent: the same everywhere. Days
 * and clock times are read and said by `../shared/calendar.ts` and `../shared/timeOfDay.ts`.
 */

import { parseDay } from '../shared/calendar.ts';
import { timeOfDayParser } from '../shared/timeOfDay.ts';

/** Whole-dollar prices read better aloud: 6500 → "$65", 6550 → "$65.50", 0 → "free". */
export function formatPrice(cents: number): string {
  if (cents === 0) return 'free';
  const whole = Math.floor(cents / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const rest = cents % 100;
  return rest === 0 ? `$${whole}` : `$${whole}.${String(rest).padStart(2, '0')}`;
}

/** 225 → "3 hours 45 minutes", 60 → "1 hour", 45 → "45 minutes". */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [];
  if (hours > 0) parts.push(`${hours} hour${hours === 1 ? '' : 's'}`);
  if (rest > 0 || hours === 0) parts.push(`${rest} minutes`);
  return parts.join(' ');
}

/**
 * A booking reference from what a customer or model wrote: "gb 20310613 002", "GB20310613002" and
 * "GB-20310613-002" give `{ ref }`; "GB-20310613" without its sequence gives `{ day }` only (the
 * offline model's reference finder stops at the second dash, see README); anything else null.
 */
export function parseBookingRef(raw: string | null | undefined): { ref: string } | { day: string } | null {
  const cleaned = (raw ?? '').toUpperCase().replace(/[^A-Z0-9]/g, '');
  const full = /^GB(\d{8})(\d{3,})$/.exec(cleaned);
  if (full) return { ref: `GB-${full[1]}-${full[2]}` };
  const partial = /^GB(\d{8})$/.exec(cleaned);
  if (!partial) return null;
  const day = `${partial[1].slice(0, 4)}-${partial[1].slice(4, 6)}-${partial[1].slice(6)}`;
  return parseDay(day) ? { day } : null;
}

/**
 * Digits of a phone number, or null when it is not one: 7 to 15 digits, and not the digit tail of a
 * booking reference ("20310613-002"), which pattern finders also take for a phone number.
 */
export function phoneDigits(raw: string | null | undefined): string | null {
  const text = raw?.trim() ?? '';
  if (/^\d{8}-\d{3}$/.test(text)) return null;
  const digits = text.replace(/\D/g, '');
  return digits.length >= 7 && digits.length <= 15 ? digits : null;
}

/**
 * The time a customer asks for, in minutes after midnight ("2pm", "half past two", "at 3"). Booking
 * references ("GB-20310613-002") are removed first. The salon is open 09:00 to 20:00, so a bare 1 to 7
 * o'clock means the afternoon.
 */
export const parseTimeOfDay = timeOfDayParser({
  references: /gb[-\s]?\d{8}([-\s]?\d{1,4})?/,
  afternoonUpTo: 7,
});
