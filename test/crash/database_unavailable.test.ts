import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { getJson, postJson } from '../support/cluster/apiClient.ts';
import { type ServeProcess, spawnServe, urlWithSchema } from '../support/cluster/serveProcess.ts';
import {
  dropSchema,
  postgresAvailability,
  TEST_DATABASE_URL,
  uniqueSchema,
} from '../support/store/postgresTestDb.ts';
import { CRASH_GRAPH_NAME, CRASH_GRAPH_PATH } from './crashScripts.ts';
import { TcpProxy } from './tcpProxy.ts';

/*
 * PostgreSQL going away under a running `serve` (and being away when it starts): the server reaches
 * it through a TCP proxy the test cuts and restores. While it is gone the API answers 503 with a
 * clear message and /readyz is not ready; when it is back the same process serves again.
 */
const availability = await postgresAvailability('database_unavailable.test.ts');

async function send(url: string, id: string, text: string) {
  return postJson(`${url}/v1/conversations/${id}/messages`, { text });
}

/** Polls until `check` passes (the pool notices a restored database on its next connect). */
async function eventually<T>(what: string, probe: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await probe();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.skipIf(availability.skip)('PostgreSQL unavailable at start or mid-run', () => {
  const schema = uniqueSchema('sb_dbdown');
  const target = new URL(TEST_DATABASE_URL);
  const proxy = new TcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
  const servers: ServeProcess[] = [];
  const db = new pg.Client({ connectionString: urlWithSchema(TEST_DATABASE_URL, schema) });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.kill9()));
    await proxy.cut();
    await db.end().catch(() => {});
    await dropSchema(schema).catch(() => {});
  });

  it('mid-run: 503 + readyz false while it is gone, the same process serves again when it is back', {
    timeout: 120_000,
  }, async () => {
    expect(availability.reason, `PostgreSQL at ${TEST_DATABASE_URL} is unreachable`).toBeNull();
    await db.connect();
    await db.query(`create schema "${schema}"`);
    await proxy.restore();
    const server = spawnServe(['--graph', CRASH_GRAPH_PATH], {
      DATABASE_URL: urlWithSchema(proxy.urlFor(TEST_DATABASE_URL), schema),
    });
    servers.push(server);
    const url = await server.url;
    const conv = (await postJson(`${url}/v1/conversations`, { graph: CRASH_GRAPH_NAME })).body;
    expect((await send(url, conv.id, 'hello')).status).toBe(200);

    await proxy.cut();
    const refused = await send(url, conv.id, 'I want to order a lamp');
    expect(refused.status).toBe(503);
    expect(refused.body.error.message).toMatch(/database is unavailable/);
    const notReady = await getJson(`${url}/readyz`);
    expect(notReady.status).toBe(503);
    expect(notReady.body).toMatchObject({ status: 'not_ready', reason: 'database unreachable' });
    expect((await getJson(`${url}/healthz`)).status).toBe(200); // the process itself is fine
    expect((await getJson(`${url}/v1/conversations/${conv.id}`)).status).toBe(503);

    await proxy.restore();
    await eventually(
      'readyz after restore',
      () => getJson(`${url}/readyz`),
      (r) => r.status === 200,
    );
    // The client retries the refused message: it lands once, as turn 2, on the same process.
    const retried = await send(url, conv.id, 'I want to order a lamp');
    expect(retried.status, JSON.stringify(retried.body)).toBe(200);
    expect(retried.body).toMatchObject({ turn: 2, agent: 'Orders' });
    expect((await send(url, conv.id, 'a lamp')).body).toMatchObject({ turn: 3 });
    const { rows } = await db.query(
      `select item->>'content' as text from items where conversation_id = $1 and item->>'role' = 'user' order by seq`,
      [conv.id],
    );
    expect(rows.map((r) => r.text)).toEqual(['hello', 'I want to order a lamp', 'a lamp']);
    expect(server.child.exitCode).toBeNull();
  });

  it('at start: 503 + readyz false with a clear error, then the same process serves once it is back', {
    timeout: 90_000,
  }, async () => {
    expect(availability.reason, `PostgreSQL at ${TEST_DATABASE_URL} is unreachable`).toBeNull();
    await proxy.cut();
    const server = spawnServe(['--graph', CRASH_GRAPH_PATH], {
      DATABASE_URL: urlWithSchema(proxy.urlFor(TEST_DATABASE_URL), schema),
    });
    servers.push(server);
    const standIn = await eventually(
      'the stand-in address',
      async () => /answering 503 on (http:\/\/\S+)/.exec(server.output())?.[1],
      (found) => found !== undefined || server.child.exitCode !== null,
    );
    expect(standIn, server.output()).toBeDefined();
    // The operator sees why, and where (never a password).
    expect(server.output()).toMatch(
      /PostgreSQL store could not connect to postgres:\/\/postgres@127\.0\.0\.1:\d+\/test/,
    );
    const notReady = await getJson(`${standIn}/readyz`);
    expect(notReady).toMatchObject({
      status: 503,
      body: { status: 'not_ready', reason: 'database unreachable' },
    });
    expect((await getJson(`${standIn}/healthz`)).status).toBe(200);
    const refused = await postJson(`${standIn}/v1/conversations`, { graph: CRASH_GRAPH_NAME });
    expect(refused.status).toBe(503);
    expect(refused.body.error).toMatchObject({
      type: 'unavailable',
      message: expect.stringMatching(/database is unavailable/),
    });

    await proxy.restore();
    const url = await server.url; // the real server, on the stand-in's address
    expect(url).toBe(standIn);
    await eventually(
      'readyz after restore',
      () => getJson(`${url}/readyz`),
      (r) => r.status === 200,
    );
    const conv = (await postJson(`${url}/v1/conversations`, { graph: CRASH_GRAPH_NAME })).body;
    expect((await send(url, conv.id, 'I want to order a lamp')).body).toMatchObject({
      turn: 1,
      agent: 'Orders',
    });
    expect(server.child.exitCode).toBeNull();
  });
});
