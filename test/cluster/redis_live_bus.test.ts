import { createClient } from 'redis';
import { afterEach, describe, expect, it } from 'vitest';
import { RedisLiveBus } from '../../src/cluster/redisLiveBus.ts';
import type { ConversationEvent } from '../../src/runtime/switchboard.ts';
import { redisAvailability, TEST_REDIS_URL } from '../support/cluster/redisTestServer.ts';

const availability = await redisAvailability('redis_live_bus.test.ts');

const event = (conversationId: string, type: string, data: Record<string, unknown> = {}) =>
  ({ conversationId, type, turn: 1, data }) as unknown as ConversationEvent;

/** Resolves with what `received` holds once it has `n` entries (or fails after 3 s). */
async function until<T>(received: T[], n: number): Promise<T[]> {
  const deadline = Date.now() + 3_000;
  while (received.length < n && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  return received;
}

describe.skipIf(availability.skip)('live events between nodes over Redis pub/sub', () => {
  const buses: RedisLiveBus[] = [];
  afterEach(async () => {
    await Promise.all(buses.splice(0).map((b) => b.close()));
  });
  const start = async (clusterKey: string, received: ConversationEvent[]) => {
    const bus = await RedisLiveBus.start({
      url: TEST_REDIS_URL,
      clusterKey,
      deliver: (e) => received.push(e),
    });
    buses.push(bus);
    return bus;
  };

  it('delivers one node’s events to the others in order, never back to itself', async () => {
    expect(availability.reason, `Redis at ${TEST_REDIS_URL} is unreachable`).toBeNull();
    const key = `test-${Date.now()}-${Math.random()}`;
    const atA: ConversationEvent[] = [];
    const atB: ConversationEvent[] = [];
    const a = await start(key, atA);
    await start(key, atB);
    expect(a.connected).toBe(true);
    const sent = ['turn.started', 'handoff', 'text.delta', 'text.delta', 'turn.completed'].map((t, i) =>
      event('c1', t, { i, text: 'é🙂'.repeat(i) }),
    );
    for (const e of sent) a.publish(e);
    expect(await until(atB, sent.length)).toEqual(sent);
    await new Promise((r) => setTimeout(r, 100));
    expect(atA).toEqual([]);
  });

  it('keeps clusters apart and ignores what is not one of its events', async () => {
    const key = `test-${Date.now()}-${Math.random()}`;
    const here: ConversationEvent[] = [];
    const elsewhere: ConversationEvent[] = [];
    const a = await start(key, []);
    const b = await start(key, here);
    await start(`${key}-other-database`, elsewhere);
    const raw = createClient({ url: TEST_REDIS_URL });
    await raw.connect();
    try {
      for (const junk of ['not json', '{}', JSON.stringify({ node: 'x', event: { type: 1 } })])
        await raw.publish(b.channel, junk);
    } finally {
      await raw.close();
    }
    a.publish(event('c2', 'turn.completed'));
    expect(await until(here, 1)).toEqual([event('c2', 'turn.completed')]);
    expect(elsewhere).toEqual([]);
  });
});
