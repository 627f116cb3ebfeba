import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/store/memoryStore.ts';
import { redisAvailability, TEST_REDIS_URL } from '../support/cluster/redisTestServer.ts';
import { startTestServer, type TestServer } from '../support/server/serverFixture.ts';

const redis = await redisAvailability('rate_limit_across_nodes_redis.test.ts');

/**
 * With the cluster's Redis configured, the per-key limit is one budget across every node: a client
 * cannot multiply it by spreading requests over the nodes (the old in-memory counter was per process).
 */
describe.skipIf(redis.skip)('rate limit across two nodes sharing Redis', () => {
  const store = createMemoryStore();
  let a: TestServer;
  let b: TestServer;
  let key: string;
  beforeAll(async () => {
    expect(redis.reason, `Redis at ${TEST_REDIS_URL} is unreachable`).toBeNull();
    const rateLimit = { max: 3, windowMs: 60_000, redisUrl: TEST_REDIS_URL };
    a = await startTestServer({ store, rateLimit });
    b = await startTestServer({ store, rateLimit });
    // A fresh key: its id is random, so parallel runs never share a counter.
    key = (await a.keys.create({ tenant: 'acme' })).key;
  });
  afterAll(async () => {
    await a?.app.close();
    await b?.close();
  });

  it('answers 429 on node B once the key spent its budget on A and B together', async () => {
    const statuses: number[] = [];
    for (const node of [a, b, a, b]) statuses.push((await node.request('GET', '/v1/graphs', { key })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await b.request('GET', '/v1/graphs', { key });
    expect(limited.body.error.type).toBe('rate_limit_error');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });
});
