export type RateLimitOptions = {
  /** Requests allowed per key in one window. */
  max: number;
  windowMs: number;
};

export type RateDecision = {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets (for `Retry-After`), at least 1. */
  resetSeconds: number;
};

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { max: 600, windowMs: 60_000 };

/**
 * Fixed-window counter per key (API key id, or client address when access is open), in process
 * memory. Fixed windows are predictable for clients (`Retry-After` is exact) and cost one map lookup.
 * Several server processes each count on their own: the limit is per process.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly options: RateLimitOptions) {
    if (!(options.max > 0) || !(options.windowMs > 0))
      throw new Error('rate limit max and windowMs must be positive');
  }

  hit(key: string, now = Date.now()): RateDecision {
    const { max, windowMs } = this.options;
    let window = this.windows.get(key);
    if (!window || now - window.start >= windowMs) {
      if (this.windows.size >= 10_000) this.sweep(now);
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count += 1;
    return {
      allowed: window.count <= max,
      limit: max,
      remaining: Math.max(0, max - window.count),
      resetSeconds: Math.max(1, Math.ceil((window.start + windowMs - now) / 1000)),
    };
  }

  /** Drops finished windows so a stream of one-off keys cannot grow the map without bound. */
  private sweep(now: number): void {
    for (const [key, window] of this.windows)
      if (now - window.start >= this.options.windowMs) this.windows.delete(key);
  }
}
