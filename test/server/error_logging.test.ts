import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Gate, gatedGraphs, startTestServer, type TestServer } from '../support/server/serverFixture.ts';

describe('what a failed request leaves in the log', () => {
  const lines: string[] = [];
  let server: TestServer;
  let key: string;
  beforeAll(async () => {
    server = await startTestServer({
      graphs: gatedGraphs(new Gate()),
      logLevel: 'info',
      logStream: { write: (line) => lines.push(line) },
    });
    key = (await server.keys.create({ tenant: 'acme' })).key;
  });
  afterAll(() => server.close());

  it('logs a 500 with its request id and cause, never the body or the key', async () => {
    const sb = server.context.switchboardFor('gated');
    sb.send = async () => {
      throw new Error('model backend exploded');
    };
    const conv = (await server.request('POST', '/v1/conversations', { key, body: { graph: 'gated' } })).body;
    const res = await server.request('POST', `/v1/conversations/${conv.id}/messages`, {
      key,
      body: { text: 'my card number is 4111 1111 1111 1111' },
    });
    expect(res.status).toBe(500);
    const logged = lines.join('');
    const entry = lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'request failed');
    expect(entry).toMatchObject({
      level: 50,
      reqId: res.body.error.requestId,
      err: { message: 'model backend exploded' },
    });
    expect(logged).not.toContain('4111');
    expect(logged).not.toContain(key);
    expect(logged.toLowerCase()).not.toContain('authorization');
  });

  it('does not log client errors or successful requests at all', async () => {
    const before = lines.length;
    await server.request('GET', '/v1/conversations/nope', { key });
    await server.request('GET', `/v1/graphs?key=${key}`);
    await server.request('GET', '/healthz');
    expect(lines.slice(before)).toEqual([]);
  });
});
