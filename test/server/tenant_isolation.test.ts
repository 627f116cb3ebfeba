import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server/serverFixture.ts';

describe('tenants: a key sees its own tenant and nothing else', () => {
  let server: TestServer;
  let acme: string;
  let globex: string;
  let conv: { id: string };
  beforeAll(async () => {
    server = await startTestServer();
    acme = (await server.keys.create({ tenant: 'acme' })).key;
    globex = (await server.keys.create({ tenant: 'globex' })).key;
    conv = (await server.request('POST', '/v1/conversations', { key: acme, body: { graph: 'support' } }))
      .body;
    // Parked with the Human node, so it is in acme's inbox.
    const turn = await server.request('POST', `/v1/conversations/${conv.id}/messages`, {
      key: acme,
      body: { text: 'let me talk to a real person' },
    });
    expect(turn.body.status).toBe('awaiting_human');
  });
  afterAll(() => server.close());

  it('the owner reads, lists and counts the conversation', async () => {
    expect((await server.request('GET', `/v1/conversations/${conv.id}`, { key: acme })).body.tenant).toBe(
      'acme',
    );
    const list = await server.request('GET', '/v1/conversations', { key: acme });
    expect(list.body.data.map((c: any) => c.id)).toContain(conv.id);
    const inbox = await server.request('GET', '/v1/inbox', { key: acme });
    expect(inbox.body.data.map((c: any) => c.id)).toEqual([conv.id]);
    const edges = await server.request('GET', '/v1/graphs/support/edges', { key: acme });
    expect(edges.body.edges.find((e: any) => e.from === 'Triage' && e.to === 'Human').total).toBe(1);
  });

  it('another tenant gets 404 on every conversation endpoint, and changes nothing', async () => {
    const before = await server.store.getConversation(conv.id);
    const attempts = [
      server.request('GET', `/v1/conversations/${conv.id}`, { key: globex }),
      server.request('POST', `/v1/conversations/${conv.id}/messages`, { key: globex, body: { text: 'hi' } }),
      server.request('POST', `/v1/conversations/${conv.id}/messages`, {
        key: globex,
        body: { text: 'hi' },
        headers: { accept: 'text/event-stream' },
      }),
      server.request('POST', `/v1/conversations/${conv.id}/operator-messages`, {
        key: globex,
        body: { text: 'I am the operator' },
      }),
      server.request('POST', `/v1/conversations/${conv.id}/handback`, {
        key: globex,
        body: { agent: 'Billing' },
      }),
      server.request('POST', '/v1/chat/completions', {
        key: globex,
        body: {
          model: 'support',
          messages: [{ role: 'user', content: 'hi' }],
          metadata: { conversation_id: conv.id },
        },
      }),
      server.request('POST', '/v1/chat/completions', {
        key: globex,
        body: { model: 'support', messages: [{ role: 'user', content: 'hi' }] },
        headers: { 'x-switchboard-conversation': conv.id },
      }),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.status).toBe(404);
      expect(JSON.stringify(res.body)).not.toContain('real person');
      expect(res.body.error.message).toBe(`conversation ${conv.id} not found`);
    }
    expect(await server.store.getConversation(conv.id)).toEqual(before);
  });

  it("another tenant's lists, inbox and edge counts leave the conversation out", async () => {
    const list = await server.request('GET', '/v1/conversations', { key: globex });
    expect(list.body.data.map((c: any) => c.id)).not.toContain(conv.id);
    expect((await server.request('GET', '/v1/inbox', { key: globex })).body.data).toEqual([]);
    const edges = await server.request('GET', '/v1/graphs/support/edges', { key: globex });
    expect(edges.body.edges.every((e: any) => e.total === 0)).toBe(true);
  });

  it('401 without a key, with an unknown key or a malformed header; 403 with a revoked key', async () => {
    const noKey = await server.request('GET', '/v1/conversations');
    expect(noKey.status).toBe(401);
    expect(noKey.headers['www-authenticate']).toMatch(/^Bearer/);
    expect((await server.request('GET', '/v1/graphs', { key: 'sb_unknown' })).status).toBe(401);
    const basic = await server.request('GET', '/v1/graphs', { headers: { authorization: 'Basic YTpi' } });
    expect(basic.status).toBe(401);
    const revoked = await server.keys.create({ tenant: 'acme' });
    await server.keys.revoke(revoked.id);
    const res = await server.request('GET', '/v1/graphs', { key: revoked.key });
    expect(res.status).toBe(403);
    expect(res.body.error.type).toBe('permission_error');
  });

  it('health and the OpenAPI document need no key', async () => {
    for (const url of ['/healthz', '/readyz', '/openapi.json'])
      expect((await server.request('GET', url)).status).toBe(200);
  });
});

describe('open access: no key exists', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('serves everyone as tenant null, whatever bearer they send, and locks once a key exists', async () => {
    const created = await server.request('POST', '/v1/conversations', { body: { graph: 'support' } });
    expect(created.status).toBe(201);
    expect(created.body.tenant).toBeNull();
    // Any bearer is open access's placeholder (issue #17 item 13), never another tenant.
    const placeholder = await server.request('GET', '/v1/conversations', { key: 'sb_made_up' });
    expect(placeholder.status).toBe(200);
    expect(placeholder.body.data.map((c: { id: string }) => c.id)).toEqual([created.body.id]);

    const { key } = await server.keys.create({ tenant: 'acme' });
    expect((await server.request('GET', `/v1/conversations/${created.body.id}`)).status).toBe(401);
    expect((await server.request('GET', '/v1/conversations', { key: 'sb_made_up' })).status).toBe(401);
    // The tenantless conversation is not acme's either.
    expect((await server.request('GET', `/v1/conversations/${created.body.id}`, { key })).status).toBe(404);
  });
});
