import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/app/startServer.ts';
import { allowedHostNames, hostnameOf } from '../../src/server/hostPolicy.ts';
import { createMemoryStore } from '../../src/store/memoryStore.ts';
import { startTestServer, type TestServer } from '../support/server/serverFixture.ts';
import { connectLive } from '../support/server/wsClient.ts';

/**
 * Issue #17 item 7: with open access (no key) any web page could drive the server: POST turns (and,
 * with voice on, spend the server's OpenAI key), open WebSockets, and through DNS rebinding (its
 * own name resolving to 127.0.0.1) read conversations. Only the served host names are answered, and
 * a foreign page's cross-origin requests and WebSocket upgrades are refused.
 */
describe('an open server visited by a foreign web page', () => {
  let server: TestServer;
  let base: string;
  let conversation: string;
  beforeAll(async () => {
    server = await startTestServer();
    base = await server.listen();
    conversation = (await server.request('POST', '/v1/conversations', { body: { graph: 'support' } })).body
      .id;
  });
  afterAll(() => server.close());

  it('refuses a DNS-rebound request (Host: the attacker’s name) with 403, reading nothing', async () => {
    const stolen = await server.request('GET', `/v1/conversations/${conversation}`, {
      headers: { host: 'attacker.example:8484' },
    });
    expect(stolen.status).toBe(403);
    expect(stolen.body.error.message).toMatch(/Host "attacker\.example:8484" is not served here/);
    expect(JSON.stringify(stolen.body)).not.toContain(conversation);
    expect(stolen.headers['x-frame-options']).toBe('DENY'); // helmet's headers on refusals too
    const listed = await server.request('GET', '/v1/conversations', {
      headers: { host: 'attacker.example' },
    });
    expect(listed.status).toBe(403);
  });

  it('refuses a cross-origin POST from a foreign page, and runs no turn', async () => {
    const response = await fetch(`${base}/v1/conversations/${conversation}/messages`, {
      method: 'POST',
      headers: { origin: 'https://attacker.example', 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'refund everything' }),
    });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(
      /cross-origin request from https:\/\/attacker\.example/,
    );
    expect((await server.store.getConversation(conversation))?.turnCount).toBe(0);
  });

  it('refuses a cross-origin WebSocket upgrade (browsers send no preflight for those)', async () => {
    const url = `${base.replace('http', 'ws')}/v1/conversations/${conversation}/live`;
    await expect(connectLive(url, { origin: 'https://attacker.example' })).rejects.toMatchObject({
      status: 403,
    });
    await expect(connectLive(url, { origin: 'null' })).rejects.toMatchObject({ status: 403 });
  });

  it('still serves the dashboard’s own origin, local pages and clients that send no Origin', async () => {
    const own = await fetch(`${base}/v1/graphs`, { headers: { origin: base } });
    expect(own.status).toBe(200);
    expect(own.headers.get('access-control-allow-origin')).toBe(base);
    const localDev = await fetch(`${base}/v1/graphs`, { headers: { origin: 'http://localhost:5173' } });
    expect(localDev.status).toBe(200);
    expect((await fetch(`${base}/v1/graphs`)).status).toBe(200);
    const live = await connectLive(`${base.replace('http', 'ws')}/v1/conversations/${conversation}/live`, {
      origin: base,
    });
    await live.waitFor((m) => m.kind === 'snapshot');
    live.close();
  });

  it('answers health probes whatever their Host (orchestrators probe by pod address)', async () => {
    expect((await server.request('GET', '/healthz', { headers: { host: '10.1.2.3:8484' } })).status).toBe(
      200,
    );
  });
});

describe('which host names a server answers to', () => {
  it('a loopback bind: the loopback names only, plus configured names and the public URL’s host', () => {
    const names = allowedHostNames(
      '127.0.0.1',
      ['api.example.com', 'Other.Example:443'],
      'https://voice.example.test',
    );
    expect(names.sort()).toEqual(
      ['127.0.0.1', '::1', 'api.example.com', 'localhost', 'other.example', 'voice.example.test'].sort(),
    );
  });

  it('a configured name is served, others are not; `*` serves any', async () => {
    const server = await startTestServer({
      allowedHosts: allowedHostNames('127.0.0.1', ['api.example.com']),
    });
    try {
      expect(
        (await server.request('GET', '/v1/graphs', { headers: { host: 'api.example.com' } })).status,
      ).toBe(200);
      expect((await server.request('GET', '/v1/graphs', { headers: { host: 'evil.example' } })).status).toBe(
        403,
      );
    } finally {
      await server.close();
    }
    const any = await startTestServer({ allowedHosts: ['*'] });
    try {
      expect((await any.request('GET', '/v1/graphs', { headers: { host: 'evil.example' } })).status).toBe(
        200,
      );
    } finally {
      await any.close();
    }
  });

  it('`serve --allowed-host` (startServer extraHosts) adds a name to the bound ones', async () => {
    const store = createMemoryStore();
    const running = await startServer({
      store,
      port: 0,
      dashboard: false,
      voice: false,
      extraHosts: ['api.example.com'],
    });
    try {
      const status = async (host: string) =>
        (await running.app.inject({ url: '/v1/graphs', headers: { host } })).statusCode;
      expect(await status('api.example.com')).toBe(200);
      expect(await status(new URL(running.url).host)).toBe(200);
      expect(await status('evil.example')).toBe(403);
    } finally {
      await running.close();
      await store.close();
    }
  });

  it('parses Host headers as browsers send them', () => {
    expect(hostnameOf('[::1]:8484')).toBe('::1');
    expect(hostnameOf('LOCALHOST.:80')).toBe('localhost');
    expect(hostnameOf('')).toBeNull();
  });
});
