import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server/serverFixture.ts';
import { slowClient, trickledBody, trickledHeaders, trickledUpgrade } from '../support/server/slowClient.ts';

/**
 * Issue #17 item 8: without request, header and upgrade-handshake timeouts a client could hold a
 * connection forever by trickling its request one byte at a time (300 such bodies were still open
 * after 150 s). Short limits here so the test is quick; the defaults are in timeouts.ts.
 */
describe('slow clients are cut off', () => {
  let server: TestServer;
  let port: number;
  beforeAll(async () => {
    server = await startTestServer({
      rateLimit: false,
      timeouts: { requestMs: 1_500, headersMs: 800, checkIntervalMs: 100 },
    });
    port = Number(new URL(await server.listen()).port);
  });
  afterAll(() => server.close());

  it('closes trickled bodies, never-ending headers, slow upgrades and silent sockets; others are served', async () => {
    const kinds = {
      body: trickledBody('/v1/conversations'),
      headers: trickledHeaders('/healthz'),
      upgrade: trickledUpgrade('/v1/conversations/x/live'),
      silent: '',
    };
    const clients = Object.entries(kinds).flatMap(([kind, head]) =>
      Array.from({ length: 20 }, () => ({
        kind,
        client: slowClient(port, head, kind === 'silent' ? '' : 'a', 100),
      })),
    );
    try {
      // Meanwhile an honest client is served at once.
      const honest = await fetch(`http://127.0.0.1:${port}/v1/graphs`);
      expect(honest.status).toBe(200);
      const deadline = new Promise<'still open'>((resolve) =>
        setTimeout(() => resolve('still open'), 4_000).unref(),
      );
      const closedAfter = await Promise.all(
        clients.map(({ client }) => Promise.race([client.closed, deadline])),
      );
      expect(closedAfter.filter((ms) => ms === 'still open')).toHaveLength(0);
      const slowest = (kind: string) =>
        Math.max(...clients.map(({ kind: k }, i) => (k === kind ? (closedAfter[i] as number) : 0)));
      expect(slowest('body')).toBeLessThan(1_500 + 1_000);
      expect(slowest('headers')).toBeLessThan(800 + 1_000);
      expect(slowest('upgrade')).toBeLessThan(800 + 1_000);
    } finally {
      for (const { client } of clients) client.stop();
    }
  });
});

describe('a client that hangs up mid-body', () => {
  const lines: string[] = [];
  let server: TestServer;
  let port: number;
  beforeAll(async () => {
    server = await startTestServer({
      rateLimit: false,
      logLevel: 'debug',
      logStream: { write: (line) => lines.push(line) },
    });
    port = Number(new URL(await server.listen()).port);
  });
  afterAll(() => server.close());

  it('is logged as a client abort at debug level, never as "the database is unavailable"', async () => {
    const client = slowClient(port, trickledBody('/v1/conversations'), '');
    await new Promise((resolve) => setTimeout(resolve, 300));
    client.stop();
    await client.closed;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const logged = lines.map((line) => JSON.parse(line));
    expect(logged.filter((l) => /database/i.test(l.msg))).toEqual([]);
    expect(logged.filter((l) => l.level >= 40)).toEqual([]); // nothing at warn or above
    expect(logged.some((l) => l.level === 20 && /client aborted/.test(l.msg))).toBe(true);
  });
});
