import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConversationDetail, ConversationList, ConversationSummary } from '../../src/server/schemas.ts';
import { startTestServer, type TestServer } from '../support/server/serverFixture.ts';
import { connectLive } from '../support/server/wsClient.ts';

describe('human takeover through the operator endpoints', () => {
  let server: TestServer;
  let key: string;
  let url: string;
  beforeAll(async () => {
    server = await startTestServer();
    key = (await server.keys.create({ tenant: 'acme', name: 'operator console' })).key;
    url = await server.listen();
  });
  afterAll(() => server.close());

  const send = (id: string, text: string) =>
    server.request('POST', `/v1/conversations/${id}/messages`, { key, body: { text } });

  it('inbox → full history and trail → operator reply → handback → the next message goes to that agent', async () => {
    const conv = (await server.request('POST', '/v1/conversations', { key, body: { graph: 'support' } }))
      .body;
    await send(conv.id, 'I was charged twice on invoice INV-2043');
    // (A refund over $500 no longer escalates: it waits for approval with Billing, see docs/approvals.md.)
    const escalated = await send(conv.id, 'let me talk to a real person');
    expect(escalated.body).toMatchObject({ agent: 'Human', status: 'awaiting_human' });

    const inbox = ConversationList.parse((await server.request('GET', '/v1/inbox', { key })).body);
    expect(inbox.data.map((c) => c.id)).toEqual([conv.id]);
    const viaList = await server.request('GET', '/v1/conversations?status=awaiting_human', { key });
    expect(viaList.body.data.map((c: any) => c.id)).toEqual([conv.id]);

    const detail = ConversationDetail.parse(
      (await server.request('GET', `/v1/conversations/${conv.id}`, { key })).body,
    );
    expect(detail.transcript.filter((t) => t.role === 'user').map((t) => t.text)).toEqual([
      'I was charged twice on invoice INV-2043',
      'let me talk to a real person',
    ]);
    expect(detail.handoffs.map((h) => [h.from, h.to])).toEqual([
      ['Triage', 'Billing'],
      ['Billing', 'Human'],
    ]);
    expect(detail.context).toMatchObject({ invoiceId: 'INV-2043' });

    const watcher = await connectLive(
      `${url.replace('http', 'ws')}/v1/conversations/${conv.id}/live?key=${key}`,
    );
    const replied = await server.request('POST', `/v1/conversations/${conv.id}/operator-messages`, {
      key,
      body: { text: 'I approved the refund of $523.80.', operator: 'dana' },
    });
    expect(replied.status).toBe(200);
    expect(ConversationSummary.parse(replied.body).status).toBe('awaiting_human');
    const pushed = await watcher.waitFor((m) => m.type === 'turn.completed');
    expect(pushed.at(-1).data).toMatchObject({ agent: 'Human', reply: 'I approved the refund of $523.80.' });

    const handedBack = await server.request('POST', `/v1/conversations/${conv.id}/handback`, {
      key,
      body: { agent: 'Sales', reason: 'refund done, customer wants to upgrade' },
    });
    expect(handedBack.status).toBe(200);
    expect(handedBack.body).toMatchObject({ status: 'active', activeAgent: 'Sales' });
    await watcher.waitFor((m) => m.type === 'handoff' && m.data.to === 'Sales');
    expect((await server.request('GET', '/v1/inbox', { key })).body.data).toEqual([]);

    const next = await send(conv.id, 'what does the Growth plan cost?');
    expect(next.body.agent).toBe('Sales');
    expect(next.body.handoffs).toEqual([]);
    const after = (await server.request('GET', `/v1/conversations/${conv.id}`, { key })).body;
    expect(
      after.transcript.some(
        (t: any) => t.agent === 'Human' && t.text === 'I approved the refund of $523.80.',
      ),
    ).toBe(true);
    expect(after.handoffs.at(-1)).toMatchObject({ from: 'Human', to: 'Sales', intent: 'operator.handback' });
    watcher.close();
  });

  it('refuses a reply to a conversation nobody escalated, and a handback to a non-agent', async () => {
    const conv = (await server.request('POST', '/v1/conversations', { key, body: { graph: 'support' } }))
      .body;
    const reply = await server.request('POST', `/v1/conversations/${conv.id}/operator-messages`, {
      key,
      body: { text: 'hello' },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error.message).toMatch(/not awaiting a human/);
    for (const agent of ['Nobody', 'Human']) {
      const res = await server.request('POST', `/v1/conversations/${conv.id}/handback`, {
        key,
        body: { agent },
      });
      expect(res.status).toBe(400);
      expect(res.body.error.param).toBe('agent');
    }
    const missing = await server.request('POST', `/v1/conversations/${conv.id}/handback`, { key, body: {} });
    expect(missing.body.error.param).toBe('agent');
    expect((await server.store.getConversation(conv.id))?.version).toBe(0);
  });
});
