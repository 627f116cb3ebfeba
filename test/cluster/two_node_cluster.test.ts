import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { getJson, postJson, streamUntil } from '../support/cluster/apiClient.ts';
import { type ServeProcess, spawnServe, urlWithSchema } from '../support/cluster/serveProcess.ts';
import { parseSse } from '../support/server/serverFixture.ts';
import { connectLive } from '../support/server/wsClient.ts';
import {
  dropSchema,
  postgresAvailability,
  TEST_DATABASE_URL,
  uniqueSchema,
} from '../support/store/postgresTestDb.ts';

const availability = await postgresAvailability('two_node_cluster.test.ts');

/** User texts of a conversation's transcript, in order. */
async function userTexts(store: pg.Client, id: string): Promise<string[]> {
  const { rows } = await store.query(
    `select item->>'content' as text from items where conversation_id = $1 and item->>'role' = 'user' order by seq`,
    [id],
  );
  return rows.map((r) => r.text);
}

describe.skipIf(availability.skip)('two serve processes on one PostgreSQL', () => {
  const schema = uniqueSchema('sb_cluster');
  const nodes: ServeProcess[] = [];
  const db = new pg.Client({ connectionString: urlWithSchema(TEST_DATABASE_URL, schema) });
  afterAll(async () => {
    await Promise.all(nodes.map((n) => n.kill9()));
    await db.end().catch(() => {});
    await dropSchema(schema);
  });

  it('alternate turns, share live events, lock a conversation to one node, survive a SIGKILL mid-stream', {
    timeout: 120_000,
  }, async () => {
    expect(availability.reason, `PostgreSQL at ${TEST_DATABASE_URL} is unreachable`).toBeNull();
    await db.connect();
    await db.query(`create schema "${schema}"`);
    const env = {
      DATABASE_URL: urlWithSchema(TEST_DATABASE_URL, schema),
      SWITCHBOARD_TEST_TOOL_DELAY_MS: '1500',
    };
    const graphs = ['--graph', 'support', '--graph', 'test/support/server/slowGraph.ts'];
    const a = spawnServe(graphs, env);
    const b = spawnServe(graphs, env);
    nodes.push(a, b);
    const bootStarted = performance.now();
    const [urlA, urlB] = await Promise.all([a.url, b.url]);
    console.log(`two nodes listening after ${Math.round(performance.now() - bootStarted)} ms`);

    // 1. One conversation, turns alternating between the nodes; a watcher on A sees B's turns.
    const conv = (await postJson(`${urlA}/v1/conversations`, { graph: 'support' })).body;
    const watcher = await connectLive(`${urlA.replace('http', 'ws')}/v1/conversations/${conv.id}/live`);
    await watcher.waitFor((m) => m.kind === 'snapshot');
    const script = [
      'hi, I think I was charged twice on invoice INV-2041',
      'how much was invoice INV-2039?',
      'also my webhooks keep failing since yesterday',
      'the webhook id is WH-302',
    ];
    for (const [i, text] of script.entries()) {
      const node = i % 2 === 0 ? urlA : urlB;
      const turn = await postJson(`${node}/v1/conversations/${conv.id}/messages`, { text });
      expect(turn.status, JSON.stringify(turn.body)).toBe(200);
      expect(turn.body.turn).toBe(i + 1);
    }
    const seen = await watcher.waitFor(
      (m) => m.kind === 'event' && m.type === 'turn.completed' && m.turn === script.length,
    );
    const completed = seen.filter((m) => m.type === 'turn.completed').map((m) => m.turn);
    expect(completed).toEqual([1, 2, 3, 4]); // 2 and 4 ran on node B
    const started = seen.filter((m) => m.type === 'turn.started').map((m) => m.data.text);
    expect(started).toEqual(script);
    watcher.close();
    expect(await userTexts(db, conv.id)).toEqual(script);
    const detail = (await getJson(`${urlB}/v1/conversations/${conv.id}`)).body;
    expect(detail.turnCount).toBe(4);
    expect(detail.activeAgent).toBe('TechSupport');

    // 2. A slow turn runs on A: the same conversation on B is refused with 409 while A holds its lock.
    const slow = (await postJson(`${urlB}/v1/conversations`, { graph: 'slowdesk' })).body;
    const first = await postJson(`${urlB}/v1/conversations/${slow.id}/messages`, {
      text: 'where is my order ORD-1001?',
    });
    expect(first.status).toBe(200);
    const watcherB = await connectLive(`${urlB.replace('http', 'ws')}/v1/conversations/${slow.id}/live`);
    const running = await streamUntil(urlA, slow.id, 'where is my order ORD-2002?', 'event: tool_call');
    expect(running.status).toBe(200);
    // B's watcher sees A's turn as it runs.
    await watcherB.waitFor((m) => m.type === 'tool.call' && m.turn === 2);
    const askedAt = performance.now();
    const refused = await postJson(`${urlB}/v1/conversations/${slow.id}/messages`, { text: 'hello?' });
    expect(refused.status).toBe(409);
    // Refused by the lock before any work, not by the commit's version check after a whole turn.
    expect(performance.now() - askedAt).toBeLessThan(1_000);
    expect(refused.body.error.type).toBe('conflict_error');

    // 3. A dies mid-stream (kill -9). Its session ends, so PostgreSQL drops its lock: B takes over.
    await a.kill9();
    const rest = await running.rest.catch(() => '');
    expect(parseSse(running.soFar + rest).some((e) => e.event === 'done')).toBe(false);
    const killedAt = Date.now();
    let retried = await postJson(`${urlB}/v1/conversations/${slow.id}/messages`, {
      text: 'where is my order ORD-2002?',
    });
    // The kernel closes the dead process's socket at once; allow PostgreSQL a moment to notice.
    while (retried.status === 409 && Date.now() - killedAt < 5_000) {
      await new Promise((r) => setTimeout(r, 50));
      retried = await postJson(`${urlB}/v1/conversations/${slow.id}/messages`, {
        text: 'where is my order ORD-2002?',
      });
    }
    expect(retried.status, JSON.stringify(retried.body)).toBe(200);
    expect(retried.body).toMatchObject({ turn: 2, reply: 'Order ORD-2002 is shipped.' });
    expect(await userTexts(db, slow.id)).toEqual([
      'where is my order ORD-1001?',
      'where is my order ORD-2002?',
    ]);
    const { rows } = await db.query(
      'select turn, count(*)::int as n from items where conversation_id = $1 group by turn order by turn',
      [slow.id],
    );
    // Each turn: user message, tool call, tool result, reply — the killed attempt left nothing behind.
    expect(rows).toEqual([
      { turn: 1, n: 4 },
      { turn: 2, n: 4 },
    ]);
    await watcherB.waitFor((m) => m.type === 'turn.completed' && m.turn === 2);
    watcherB.close();

    // The first conversation continues on the surviving node too.
    const more = await postJson(`${urlB}/v1/conversations/${conv.id}/messages`, {
      text: 'thanks, that is all',
    });
    expect(more.status).toBe(200);
    expect(more.body.turn).toBe(5);
  });
});
