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

const availability = await postgresAvailability('live_events_only_where_watched.test.ts');

const event = (conversationId: string, n: number): ConversationEvent => ({
  conversationId,
  type: 'text.delta',
  turn: 1,
  data: { agent: 'a', delta: `d${n}` },
});

describe.skipIf(availability.skip)('live events over PostgreSQL NOTIFY', () => {
  const schema = uniqueSchema('sb_livewatch');
  const buses: PostgresLiveBus[] = [];
  afterAll(async () => {
    await Promise.all(buses.map((b) => b.close()));
    await dropSchema(schema);
  });

  it('cost no NOTIFY while no other node watches the conversation, and reach a node once it does', {
    timeout: 60_000,
  }, async () => {
    expect(availability.reason, `PostgreSQL at ${TEST_DATABASE_URL} is unreachable`).toBeNull();
    const connection = await createSchema(schema);
    const watchedOnB = new Set<string>();
    const received: ConversationEvent[] = [];
    const a = await PostgresLiveBus.start({ connection, deliver: () => {}, localWatches: () => [] });
    const b = await PostgresLiveBus.start({
      connection,
      deliver: (e) => received.push(e),
      localWatches: () => watchedOnB,
    });
    buses.push(a, b);
    const query = vi.spyOn(pg.Client.prototype, 'query');
    const notifiesOf = () =>
      query.mock.calls.filter((call) => String(call[0]).includes('pg_notify') && call[1]).length;
    try {
      // B's hello (and A's answer) are the only NOTIFYs: nobody watches c1, so A sends none of its events.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const before = notifiesOf();
      for (let i = 0; i < 5; i++) a.publish(event('c1', i));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(notifiesOf()).toBe(before);

      watchedOnB.add('c1');
      await b.watchChanged('c1', true);
      await vi.waitFor(
        () => {
          a.publish(event('c1', 99));
          expect(received.length).toBeGreaterThan(0);
        },
        { timeout: 20_000, interval: 100 },
      );
      received.length = 0;
      a.publish(event('c1', 1));
      a.publish(event('c2', 2)); // not watched anywhere: stays home
      await vi.waitFor(
        // Probes of the loop above may still be arriving: only what follows them counts here.
        () =>
          expect(received.map((e) => (e.data as { delta: string }).delta).filter((d) => d !== 'd99')).toEqual(
            ['d1'],
          ),
        {
          timeout: 20_000,
          interval: 50,
        },
      );

      watchedOnB.delete('c1');
      await b.watchChanged('c1', false);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const afterUnwatch = notifiesOf();
      a.publish(event('c1', 3));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(notifiesOf()).toBe(afterUnwatch);
    } finally {
      query.mockRestore();
    }
  });

  it('learn what a node watched before they joined: a newcomer says hello and the others answer', {
    timeout: 60_000,
  }, async () => {
    const connection = { connectionString: TEST_DATABASE_URL, options: `-c search_path=${schema}` };
    const received: ConversationEvent[] = [];
    const watcher = await PostgresLiveBus.start({
      connection,
      deliver: (e) => received.push(e),
      localWatches: () => ['c7'],
    });
    buses.push(watcher);
    // Joins after the watch was announced (in the watcher's hello): learns it from the answer to its own.
    const late = await PostgresLiveBus.start({ connection, deliver: () => {}, localWatches: () => [] });
    buses.push(late);
    await vi.waitFor(
      () => {
        late.publish(event('c7', 7));
        expect(received.length).toBeGreaterThan(0);
      },
      { timeout: 20_000, interval: 100 },
    );
    expect(received[0].conversationId).toBe('c7');
  });
});
