/*
 * Chart buckets are cut from "now" backwards (the last 24 hours in twelve 2-hour windows), so they
 * start at odd minutes. A label with only the start time read as "08:13" for turns at 10:05; the
 * label says the whole window instead.
 */

export type LabelOptions = { locale?: string; timeZone?: string };

/**
 * The time range a bucket really covers: `08:13–10:13` when the whole chart spans at most a day,
 * `Nov 20 09:47–21:47` for a window within one day of a longer range, and both ends dated when a
 * window crosses midnight (`Nov 20 21:47–Nov 21 09:47`).
 */
export function bucketRangeLabel(
  startIso: string,
  endIso: string,
  chartSpanMs: number,
  options: LabelOptions = {},
): string {
  const { locale, timeZone } = options;
  const time = new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  });
  const day = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone });
  const start = new Date(startIso);
  const end = new Date(endIso);
  const range = `${time.format(start)}–${time.format(end)}`;
  if (chartSpanMs <= 86_400_000) return range;
  if (day.format(start) === day.format(end)) return `${day.format(start)} ${range}`;
  return `${day.format(start)} ${time.format(start)}–${day.format(end)} ${time.format(end)}`;
}
