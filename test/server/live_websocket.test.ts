import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveMessage } from '../../src/server/schemas.ts';
import { parseSse, startTestServer, type TestServer } from '../support/server/serverFixture.ts';
import { connectLive } from '../support/server/wsClient.ts';

describe('WebSocket /v1/conversations/:id/live', () => {
  let server: TestServer;
  let base: string;
  let acme: string;
  let globex: string;
  beforeAll(async () => {
    server = await startTestServer();
    acme = (await server.keys.create({ tenant: 'acme' })).key;
    globex = (await server.keys.create({ tenant: 'globex' })).key;
    base = (await server.listen()).replace('http', 'ws');
  });
  afterAll(() => server.close());

  const newConversation = async () =>
    (await server.request('POST', '/v1/conversations', { key: acme, body: { graph: 'support' } })).body;

  it('pushes every event of a turn, in order, to two watchers at once, after a snapshot', async () => {
    const conv = await newConversation();
    const live = `${base}/v1/conversations/${conv.id}/live`;
    const byHeader = await connectLive(live, { authorization: `Bearer ${acme}` });
    const byQuery = await connectLive(`${live}?key=${encodeURIComponent(acme)}`);
    await Promise.all([byHeader, byQuery].map((w) => w.waitFor((m) => m.kind === 'snapshot')));
    expect(server.context.hub.watcherCount(conv.id)).toBe(2);

    // Streamed, so the watchers get the text deltas too.
    const turn = await server.request('POST', `/v1/conversations/${conv.id}/messages`, {
      key: acme,
      body: { text: 'my webhooks keep failing' },
      headers: { accept: 'text/event-stream' },
    });
    expect(turn.status).toBe(200);
    const done = parseSse(turn.body).at(-1)!;
    expect(done.event).toBe('done');
    const [a, b] = await Promise.all(
      [byHeader, byQuery].map((w) => w.waitFor((m) => m.kind === 'event' && m.type === 'turn.completed')),
    );
    for (const message of a) LiveMessage.parse(message);
    expect(a).toEqual(b);
    expect(a[0]).toMatchObject({ kind: 'snapshot', conversation: { id: conv.id, activeAgent: 'Triage' } });
    const types = a.slice(1).map((m) => m.type);
    expect(types[0]).toBe('turn.started');
    expect(types.at(-1)).toBe('turn.completed');
    expect(types).toEqual(expect.arrayContaining(['handoff', 'tool.call', 'tool.result', 'text.delta']));
    expect(types.indexOf('handoff')).toBeLessThan(types.indexOf('tool.call'));
    const handoff = a.find((m) => m.type === 'handoff');
    expect(handoff.data).toMatchObject({ from: 'Triage', to: 'TechSupport' });
    expect(a.at(-1).data).toMatchObject({ agent: done.data.agent, reply: done.data.reply });

    byHeader.close();
    byQuery.close();
    await expect.poll(() => server.context.hub.watcherCount(conv.id)).toBe(0);
  });

  it('refuses the upgrade without a key, with another tenant key, and for an unknown conversation', async () => {
    const conv = await newConversation();
    const live = `${base}/v1/conversations/${conv.id}/live`;
    await expect(connectLive(live)).rejects.toMatchObject({ status: 401 });
    await expect(connectLive(`${live}?key=sb_wrong`)).rejects.toMatchObject({ status: 401 });
    await expect(connectLive(live, { authorization: `Bearer ${globex}` })).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      connectLive(`${base}/v1/conversations/nope/live`, { authorization: `Bearer ${acme}` }),
    ).rejects.toMatchObject({ status: 404 });
    expect(server.context.hub.watcherCount(conv.id)).toBe(0);
  });

  it('a watcher that throws does not fail the turn it watches', async () => {
    const conv = await newConversation();
    const unwatch = server.context.hub.watch(conv.id, () => {
      throw new Error('broken watcher');
    });
    const turn = await server.request('POST', `/v1/conversations/${conv.id}/messages`, {
      key: acme,
      body: { text: 'what does the Growth plan cost?' },
    });
    unwatch();
    expect(turn.status).toBe(200);
    expect(turn.body.agent).toBe('Sales');
  });

  it('keeps a key in the URL out of plain HTTP requests', async () => {
    const conv = await newConversation();
    const res = await server.request('GET', `/v1/conversations/${conv.id}?key=${acme}`);
    expect(res.status).toBe(401);
  });
});
