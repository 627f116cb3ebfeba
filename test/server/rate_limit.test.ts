import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server/serverFixture.ts';

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

describe('rate limit when access is open', () => {
  it('counts per client address, whatever placeholder bearer the client sends', async () => {
    const server = await startTestServer({ rateLimit: { max: 2, windowMs: 60_000 } });
    try {
      const statuses: number[] = [];
      for (const key of ['sk-placeholder', 'ollama', 'not-needed'])
        statuses.push((await server.request('GET', '/v1/graphs', { key })).status);
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await server.close();
    }
  });
});
