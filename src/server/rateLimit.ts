import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import { HttpError } from '../http/httpError.ts';

export type RateLimitOptions = {
  /** Requests allowed per key in one window. */
  max: number;
  windowMs: number;
  /**
   * Count in Redis (REDIS_URL, the cluster's) so the limit holds across every node; in process
   * memory when absent (the limit is then per process).
   */
  redisUrl?: string;
};

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { max: 600, windowMs: 60_000 };

/**
 * Per-caller rate limit on every route of `scope` (@fastify/rate-limit): counted per API key, or
 * per client address when access is open. Runs after authentication (a route-level onRequest hook
 * follows the scope's own), so the key is known. 429 with `Retry-After` and `X-RateLimit-*` headers.
 * When Redis cannot be reached requests are let through (skipOnError): an outage of the counter
 * must not become an outage of the API.
 */
export async function registerRateLimit(scope: FastifyInstance, options: RateLimitOptions): Promise<void> {
  if (!(options.max > 0) || !(options.windowMs > 0))
    throw new Error('rate limit max and windowMs must be positive');
  let redis: Redis | undefined;
  if (options.redisUrl) {
    // Loaded only when used: every CLI command imports the server, few of them run it with Redis.
    const { Redis } = await import('ioredis');
    redis = new Redis(options.redisUrl, {
      // A request never waits for a reconnect: the counter is skipped instead.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 5_000,
      retryStrategy: (times) => Math.min(250 * 2 ** times, 5_000),
    });
    redis.on('error', () => {}); // ioredis reconnects by itself; an unhandled 'error' would end the process
    // The first requests must count: wait for the connection, or for its first failure (then counting
    // starts whenever the reconnect succeeds).
    const connection = redis;
    await new Promise<void>((resolve) => {
      connection.once('ready', resolve);
      connection.once('error', () => resolve());
    });
    scope.addHook('onClose', async () => {
      await redis?.quit().catch(() => redis?.disconnect());
    });
  }
  await scope.register(rateLimit, {
    max: options.max,
    timeWindow: options.windowMs,
    ...(redis ? { redis, nameSpace: 'switchboard:rate:' } : {}),
    skipOnError: true,
    keyGenerator: (request) => request.caller?.keyId ?? `addr:${request.ip}`,
    errorResponseBuilder: (_request, context) =>
      new HttpError(429, `rate limit of ${context.max} requests exceeded; retry in ${context.after}`),
  });
}
