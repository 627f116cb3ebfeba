import { useCallback, useEffect, useRef, useState } from 'react';
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

/** How often an open page recomputes its window (since/until move with the clock). */
const REFRESH_MS = 30_000;

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
  const shown = useRef<string | null>(null);

  // "Last hour" ends now: recompute the window while the page is open, and on coming back to the tab.
  useEffect(() => {
    const refresh = () => {
      if (document.visibilityState === 'visible') reload();
    };
    const timer = setInterval(refresh, REFRESH_MS);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, [reload]);

  useEffect(() => {
    const controller = new AbortController();
    const key = `${range}|${graph}`;
    // Another range or graph: never show the previous one's figures under the new selection.
    if (shown.current !== key) setState({ summary: null, buckets: [], error: null, loading: true });
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
      ([summary, ...parts]) => {
        shown.current = key;
        setState({
          summary,
          buckets: parts.map((part, i) => ({
            start: new Date(windows[i][0]).toISOString(),
            end: new Date(windows[i][1]).toISOString(),
            summary: part,
          })),
          error: null,
          loading: false,
        });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        shown.current = key;
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
