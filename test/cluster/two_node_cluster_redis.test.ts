import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { postJson } from '../support/cluster/apiClient.ts';
import { redisAvailability, TEST_REDIS_URL } from '../support/cluster/redisTestServer.ts';
import { type ServeProcess, spawnServe, urlWithSchema } from '../support/cluster/serveProcess.ts';
import { connectLive } from '../support/server/wsClient.ts';
import {
  dropSchema,
  postgresAvailability,
  TEST_DATABASE_URL,
  uniqueSchema,
} from '../support/store/postgresTestDb.ts';

const postgres = await postgresAvailability('two_node_cluster_redis.test.ts');
const redis = await redisAvailability('two_node_cluster_redis.test.ts');

describe.skipIf(postgres.skip || redis.skip)(
  'two serve processes with REDIS_URL: live events over Redis',
  () => {
    const schema = uniqueSchema('sb_cluster_redis');
    const nodes: ServeProcess[] = [];
    afterAll(async () => {
      await Promise.all(nodes.map((n) => n.kill9()));
      await dropSchema(schema);
    });

    it('a watcher on node A sees, event by event, a turn that ran on node B', {
      timeout: 90_000,
    }, async () => {
      expect(postgres.reason, `PostgreSQL at ${TEST_DATABASE_URL} is unreachable`).toBeNull();
      expect(redis.reason, `Redis at ${TEST_REDIS_URL} is unreachable`).toBeNull();
      const db = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await db.connect();
      await db.query(`create schema "${schema}"`);
      await db.end();
      const env = { DATABASE_URL: urlWithSchema(TEST_DATABASE_URL, schema), REDIS_URL: TEST_REDIS_URL };
      const a = spawnServe(['--graph', 'support'], env);
      const b = spawnServe(['--graph', 'support'], env);
      nodes.push(a, b);
      const [urlA, urlB] = await Promise.all([a.url, b.url]);

      const conv = (await postJson(`${urlA}/v1/conversations`, { graph: 'support' })).body;
      const watcher = await connectLive(`${urlA.replace('http', 'ws')}/v1/conversations/${conv.id}/live`);
      await watcher.waitFor((m) => m.kind === 'snapshot');
      const turn = await postJson(`${urlB}/v1/conversations/${conv.id}/messages`, {
        text: 'hi, I think I was charged twice on invoice INV-2041',
      });
      expect(turn.status, JSON.stringify(turn.body)).toBe(200);
      const seen = await watcher.waitFor((m) => m.type === 'turn.completed' && m.turn === 1);
      watcher.close();
      const types = seen.filter((m) => m.kind === 'event').map((m) => m.type);
      expect(types[0]).toBe('turn.started');
      expect(types).toContain('handoff');
      expect(types).toContain('tool.call');
      expect(seen.find((m) => m.type === 'handoff')?.data).toMatchObject({ from: 'Triage', to: 'Billing' });

      // NOTIFY stayed silent: the events came over Redis, not over the database.
      const listener = new pg.Client({ connectionString: env.DATABASE_URL });
      await listener.connect();
      const notified: string[] = [];
      listener.on('notification', (n) => notified.push(n.channel));
      await listener.query(`LISTEN "switchboard_live:${schema}"`);
      const again = await postJson(`${urlB}/v1/conversations/${conv.id}/messages`, { text: 'thanks' });
      expect(again.status).toBe(200);
      await new Promise((r) => setTimeout(r, 300));
      await listener.end();
      expect(notified).toEqual([]);
    });
  },
);
