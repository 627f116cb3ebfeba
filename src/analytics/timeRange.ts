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
  if (value instanceof Date) return value;
  const text = value.trim();
  const relative = /^(\d+)\s*([mhdw])$/i.exec(text);
  if (relative) return new Date(now.getTime() - Number(relative[1]) * UNIT_MS[relative[2].toLowerCase()]);
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) {
    const date = new Date(text);
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw new Error(
    `invalid time "${value}": use a duration like 7d, 24h, 30m, 2w or an ISO date like 2025-04-01`,
  );
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
