import { useCallback, useEffect, useRef, useState } from 'react';
import { onApiKeyChange } from './apiKey.ts';
import { ApiError, apiRequest } from './client.ts';

export type ApiState<T> = {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  /** Fetches again now (keeps showing the current data meanwhile). */
  reload: () => void;
};

/**
 * GETs `path` (null: nothing to fetch), again when the path, `refreshKey` or the API key changes,
 * and every `pollMs` when given. Data stays on screen during a refresh; an error replaces it only on failure.
 */
export function useApi<T>(
  path: string | null,
  options: { pollMs?: number; refreshKey?: string | number } = {},
): ApiState<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(path !== null);
  const [tick, setTick] = useState(0);
  const shownPath = useRef<string | null>(null);
  const reload = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => onApiKeyChange(reload), [reload]);

  useEffect(() => {
    if (path === null) {
      setData(null);
      setLoading(false);
      return;
    }
    if (shownPath.current !== path) {
      // Another resource: never show the previous one's data under the new heading.
      setData(null);
      setError(null);
      setLoading(true);
    }
    const controller = new AbortController();
    apiRequest<T>(path, { signal: controller.signal }).then(
      (value) => {
        shownPath.current = path;
        setData(value);
        setError(null);
        setLoading(false);
      },
      (failure: unknown) => {
        if (controller.signal.aborted) return;
        shownPath.current = path;
        setError(failure instanceof ApiError ? failure : new ApiError(0, String(failure)));
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [path, tick, options.refreshKey]);

  useEffect(() => {
    if (!options.pollMs || path === null) return;
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') reload();
    }, options.pollMs);
    return () => clearInterval(timer);
  }, [options.pollMs, path, reload]);

  return { data, error, loading, reload };
}
