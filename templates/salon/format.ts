/**
 * Conversions at the edge between the database (cents, minutes after midnight, ISO days) and what a
 * caller hears ("$65", "14:30", "Friday 13 June 2031"). Locale-independent: the same everywhere.
 */

/** Whole-dollar prices read better aloud: 6500 → "$65", 6550 → "$65.50", 0 → "free". */
export function formatPrice(cents: number): string {
  if (cents === 0) return 'free';
  const whole = Math.floor(cents / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const rest = cents % 100;
  return rest === 0 ? `$${whole}` : `$${whole}.${String(rest).padStart(2, '0')}`;
}

/** 870 → "14:30". */
export function formatTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
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

/** A real calendar day as YYYY-MM-DD ("2031-02-30" is not), else null. */
export function parseDay(raw: string | null | undefined): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw?.trim() ?? '');
  if (!iso) return null;
  const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d ? iso[0] : null;
}

/** 0 = Sunday, like PostgreSQL's `extract(dow …)` and the shifts table. */
export function weekdayOf(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

/** "2031-06-13" → "Friday 13 June 2031". */
export function formatDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** Today in UTC as YYYY-MM-DD; the salon's calendar has no time zone of its own in this demo. */
export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
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

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const HOUR = '(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';

/** Words after a number that make it a count or a date, not a time: "for 2 people", "by 3 days". */
const NOT_A_TIME = '(?:hours?|minutes?|mins?|days?|weeks?|months?|people|persons?|of|th|st|nd|rd)\\b';

function hourValue(word: string): number {
  return /^\d/.test(word) ? Number(word) : NUMBER_WORDS[word];
}

/** Without am/pm, 1 to 7 o'clock means the afternoon: the salon is open 09:00 to 20:00. */
function clock(hour: number, minute: number, meridiem?: string): number | undefined {
  if (minute > 59) return undefined;
  let h = hour;
  if (meridiem?.startsWith('p') && h < 12) h += 12;
  else if (meridiem?.startsWith('a') && h === 12) h = 0;
  else if (!meridiem && h >= 1 && h <= 7) h += 12;
  return h >= 0 && h <= 23 ? h * 60 + minute : undefined;
}

/**
 * The time of day a message asks for, in minutes after midnight: "14:30", "2pm", "2.30 pm",
 * "half past two", "quarter to 11", "at 3", "noon". When several are named the last wins ("move my
 * 2pm to 4pm" → 16:00). Dates, booking references and phone numbers are removed first.
 */
export function parseTimeOfDay(text: string | null | undefined): number | undefined {
  const lower = ` ${(text ?? '').toLowerCase()} `
    .replace(/gb[-\s]?\d{8}([-\s]?\d{1,4})?/g, ' ')
    .replace(/\d{4}-\d{2}-\d{2}/g, ' ')
    .replace(/\+?\d[\d ()-]{6,}\d/g, ' ')
    .replace(/a\.m\./g, 'am')
    .replace(/p\.m\./g, 'pm');
  // Most specific shapes first; each match is blanked out so "quarter to 11" is not read again as "to 11".
  const shapes: [RegExp, (m: RegExpMatchArray) => number | undefined][] = [
    [/\b(\d{1,2})[:.](\d{2})\s*(am|pm)?\b/g, (m) => clock(Number(m[1]), Number(m[2]), m[3])],
    [new RegExp(`\\bhalf (?:past )?${HOUR}\\b`, 'g'), (m) => clock(hourValue(m[1]), 30)],
    [new RegExp(`\\bquarter past ${HOUR}\\b`, 'g'), (m) => clock(hourValue(m[1]), 15)],
    [
      new RegExp(`\\bquarter to ${HOUR}\\b`, 'g'),
      (m) => {
        const t = clock(hourValue(m[1]), 0);
        return t === undefined ? undefined : t - 15;
      },
    ],
    [
      new RegExp(`\\b${HOUR}\\s*(am|pm|o'?clock)(?![a-z])`, 'g'),
      (m) => clock(hourValue(m[1]), 0, m[2].startsWith('o') ? undefined : m[2]),
    ],
    [
      new RegExp(`\\b(?:at|around|for|by|to|from) ${HOUR}(?![\\d:.]|\\s*${NOT_A_TIME})`, 'g'),
      (m) => clock(hourValue(m[1]), 0),
    ],
    [/\b(noon|midday|lunchtime)\b/g, () => 12 * 60],
  ];
  const found: { at: number; minutes: number }[] = [];
  let rest = lower;
  for (const [shape, read] of shapes) {
    for (const m of rest.matchAll(shape)) {
      const minutes = read(m);
      if (minutes !== undefined) found.push({ at: m.index ?? 0, minutes });
    }
    rest = rest.replace(shape, (match) => ' '.repeat(match.length));
  }
  if (found.length === 0) return undefined;
  // The last one named wins.
  return found.reduce((best, f) => (f.at > best.at ? f : best)).minutes;
}
