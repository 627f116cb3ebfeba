const UNIT_MS: Record<string, number> = {
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000,
};

/**
 * A point in time from `7d`, `24h`, `30m`, `2w` (that long before `now`) or an ISO date/time.
 * Throws a message meant for the user on anything else.
 */
export function parseSince(value: string | Date, now: Date = new Date()): Date {
  if (value instanceof Date) return inRange(value, String(value));
  const text = value.trim();
  const relative = /^(\d+)\s*([mhdw])$/i.exec(text);
  if (relative)
    return inRange(new Date(now.getTime() - Number(relative[1]) * UNIT_MS[relative[2].toLowerCase()]), value);
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) {
    const date = new Date(text);
    if (!Number.isNaN(date.getTime())) return inRange(date, value);
  }
  throw new Error(
    `invalid time "${value}": use a duration like 7d, 24h, 30m, 2w or an ISO date like 2025-04-01`,
  );
}

/** Years 0001-9999: what an ISO date can say and PostgreSQL stores (it has no year 0). */
const EARLIEST = Date.parse('0001-01-01T00:00:00Z'); // Date.UTC would read year 1 as 1901
const LATEST = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/**
 * A duration too long to subtract (99999999999d) or a date outside years 1-9999 (0000-01-01) is the
 * user's mistake, not a server failure: it gets the same kind of message as any other bad time.
 */
function inRange(date: Date, value: string): Date {
  const ms = date.getTime();
  if (Number.isNaN(ms) || ms < EARLIEST || ms > LATEST)
    throw new Error(`invalid time "${value}": it must fall between 0001-01-01 and 9999-12-31`);
  return date;
}

/** Nearest-rank percentile of an ascending list; null for an empty one. */
export function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function mean(values: number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((a, b) => a + b, 0) / values.length;
}
