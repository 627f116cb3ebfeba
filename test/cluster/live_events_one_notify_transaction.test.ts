import pg from 'pg';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { PostgresLiveBus } from '../../src/cluster/liveBus.ts';
import type { ConversationEvent } from '../../src/runtime/switchboard.ts';
import {
  createSchema,
  dropSchema,
  postgresAvailability,
  TEST_DATABASE_URL,
  uniqueSchema,
} from '../support/store/postgresTestDb.ts';

const availability = await postgresAvailability('live_events_one_notify_transaction.test.ts');

describe.skipIf(availability.skip)('live events of a turn across nodes', () => {
  const schema = uniqueSchema('sb_livebus');
  const buses: PostgresLiveBus[] = [];
  afterAll(async () => {
    await Promise.all(buses.map((b) => b.close()));
    await dropSchema(schema);
  });

  it('go out as one NOTIFY transaction per burst, all delivered in order', { timeout: 60_000 }, async () => {
    expect(availability.reason, `PostgreSQL at ${TEST_DATABASE_URL} is unreachable`).toBeNull();
    const connection = await createSchema(schema);
    const received: ConversationEvent[] = [];
    const sender = await PostgresLiveBus.start({ connection, deliver: () => {} });
    const listener = await PostgresLiveBus.start({ connection, deliver: (e) => received.push(e) });
    buses.push(sender, listener);
    expect(sender.connected && listener.connected).toBe(true);

    const query = vi.spyOn(pg.Client.prototype, 'query');
    // What one turn emits in a burst: started, routing, tool call and result, completed… and a big one
    // that needs several frames.
    for (let i = 0; i < 30; i++)
      sender.publish({
        conversationId: 'c1',
        type: 'text.delta',
        turn: 1,
        data: { agent: 'a', delta: `d${i}` },
      });
    sender.publish({
      conversationId: 'c1',
      type: 'turn.completed',
      turn: 1,
      data: { agent: 'a', reply: 'x'.repeat(20_000), status: 'active' },
    });
    await vi.waitFor(() => expect(received).toHaveLength(31), { timeout: 20_000, interval: 50 });
    const notifies = query.mock.calls.filter((call) => String(call[0]).includes('pg_notify'));
    query.mockRestore();

    expect(notifies).toHaveLength(1);
    expect(received.slice(0, 30).map((e) => (e.data as { delta: string }).delta)).toEqual(
      Array.from({ length: 30 }, (_, i) => `d${i}`),
    );
    expect((received[30].data as { reply: string }).reply).toHaveLength(20_000);
  });
});
