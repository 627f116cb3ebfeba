/**
 * Phone numbers as a check of who is calling: a booking taken with a number is changed only by a caller
 * who says the same number. People say one number many ways ("555-0134", "(555) 0134", "555 01 34",
 * "+1 212 555 0134"), so numbers are compared by their digits, never as written.
 */

/** The digits of a phone number, or null when it is not one (7 to 15 digits, as `queue_callback` takes). */
export function phoneDigits(raw: string | null | undefined): string | null {
  const digits = (raw ?? '').replace(/\D/g, '');
  return digits.length >= 7 && digits.length <= 15 ? digits : null;
}

/**
 * Whether two numbers are the same line. A caller may add or leave out the country or area code they
 * gave at booking ("555-0134" then "212 555 0134", "07700 900555" then "+44 7700 900555", whose trunk
 * 0 goes with the country code), so the shorter number's digits, leading zeros aside, must end the
 * longer one; it keeps at least seven (a local number), so a fragment ("0134") never matches.
 */
export function samePhone(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = phoneDigits(a)?.replace(/^0+/, '');
  const y = phoneDigits(b)?.replace(/^0+/, '');
  if (!x || !y || Math.min(x.length, y.length) < 7) return false;
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  return longer.endsWith(shorter);
}
