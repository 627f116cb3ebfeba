import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RateLimiter } from './rateLimit.ts';
import { startTestServer, type TestServer } from './testing/serverFixture.ts';

describe('RateLimiter', () => {
  it('allows max hits per window and key, then says when the window resets', () => {
    const limiter = new RateLimiter({ max: 2, windowMs: 10_000 });
    expect(limiter.hit('a', 0)).toMatchObject({ allowed: true, remaining: 1 });
    expect(limiter.hit('a', 1000)).toMatchObject({ allowed: true, remaining: 0 });
    expect(limiter.hit('a', 2500)).toEqual({ allowed: false, limit: 2, remaining: 0, resetSeconds: 8 });
    expect(limiter.hit('b', 2500).allowed).toBe(true);
    expect(limiter.hit('a', 10_000)).toMatchObject({ allowed: true, remaining: 1 });
  });

  it('refuses a limit that could never allow a request', () => {
    expect(() => new RateLimiter({ max: 0, windowMs: 1000 })).toThrow(/positive/);
  });
});

describe('per-key rate limit on the API', () => {
  let server: TestServer;
  let first: string;
  let second: string;
  beforeAll(async () => {
    server = await startTestServer({ rateLimit: { max: 3, windowMs: 60_000 } });
    first = (await server.keys.create({ tenant: 'acme' })).key;
    second = (await server.keys.create({ tenant: 'acme' })).key;
  });
  afterAll(() => server.close());

  it('answers 429 with Retry-After once a key used its window, while other keys go on', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await server.request('GET', '/v1/graphs', { key: first })).status);
    expect(statuses).toEqual([200, 200, 200]);
    const limited = await server.request('GET', '/v1/conversations', { key: first });
    expect(limited.status).toBe(429);
    expect(limited.body.error.type).toBe('rate_limit_error');
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(59);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.headers['x-ratelimit-remaining']).toBe('0');
    expect((await server.request('GET', '/v1/graphs', { key: second })).status).toBe(200);
    // Health checks are never limited.
    expect((await server.request('GET', '/healthz')).status).toBe(200);
  });
});
