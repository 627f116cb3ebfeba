import { useCallback, useEffect, useState } from 'react';
import type { AnalyticsSummary } from './analyticsTypes.ts';
import { ApiError, apiRequest, query } from './client.ts';

export type RangeKey = '1h' | '24h' | '7d' | '30d';

/** Each range and how it is cut into buckets for the charts over time. */
export const RANGES: Record<RangeKey, { label: string; ms: number; buckets: number }> = {
  '1h': { label: 'Last hour', ms: 3_600_000, buckets: 12 },
  '24h': { label: 'Last 24 hours', ms: 86_400_000, buckets: 12 },
  '7d': { label: 'Last 7 days', ms: 7 * 86_400_000, buckets: 14 },
  '30d': { label: 'Last 30 days', ms: 30 * 86_400_000, buckets: 15 },
};

export type Bucket = { start: string; end: string; summary: AnalyticsSummary };

export type AnalyticsState = {
  summary: AnalyticsSummary | null;
  buckets: Bucket[];
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
};

/**
 * The summary of a range, plus one summary per time bucket of it (conversations created in that
 * bucket) for the charts over time: percentiles are only meaningful when computed by the server over
 * the raw samples, so each bucket is its own GET /v1/analytics.
 */
export function useAnalytics(range: RangeKey, graph: string): AnalyticsState {
  const [state, setState] = useState<Omit<AnalyticsState, 'reload'>>({
    summary: null,
    buckets: [],
    error: null,
    loading: true,
  });
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => {
    const controller = new AbortController();
    const { ms, buckets } = RANGES[range];
    const until = Date.now();
    const since = until - ms;
    const step = ms / buckets;
    const get = (from: number, to: number) =>
      apiRequest<AnalyticsSummary>(
        `/v1/analytics${query({ graph, since: new Date(from).toISOString(), until: new Date(to).toISOString() })}`,
        { signal: controller.signal },
      );
    setState((s) => ({ ...s, loading: true }));
    const windows = Array.from({ length: buckets }, (_, i) => [since + i * step, since + (i + 1) * step]);
    Promise.all([get(since, until), ...windows.map(([from, to]) => get(from, to))]).then(
      ([summary, ...parts]) =>
        setState({
          summary,
          buckets: parts.map((part, i) => ({
            start: new Date(windows[i][0]).toISOString(),
            end: new Date(windows[i][1]).toISOString(),
            summary: part,
          })),
          error: null,
          loading: false,
        }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState((s) => ({
          ...s,
          error: error instanceof ApiError ? error : new ApiError(0, String(error)),
          loading: false,
        }));
      },
    );
    return () => controller.abort();
  }, [range, graph, tick]);

  return { ...state, reload };
}
