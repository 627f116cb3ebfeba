import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ConversationDetail,
  ConversationList,
  ConversationSummary,
  ErrorResponse,
  TurnResponse,
} from '../../src/server/schemas.ts';
import { Gate, gatedGraphs, startTestServer, type TestServer } from '../support/server/serverFixture.ts';

describe('conversation API on the support graph (offline model)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ bodyLimit: 4096 });
  });
  afterAll(() => server.close());

  const create = async (body: unknown = { graph: 'support' }) =>
    server.request('POST', '/v1/conversations', { body });

  it('creates a conversation on the entry agent', async () => {
    const res = await create({ graph: 'support', context: { callerName: 'Ada' } });
    expect(res.status).toBe(201);
    const summary = ConversationSummary.parse(res.body);
    expect(summary).toMatchObject({
      graph: 'support',
      activeAgent: 'Triage',
      status: 'active',
      tenant: null,
    });
    expect(summary.context).toEqual({ callerName: 'Ada' });
    expect(res.headers['x-request-id']).toMatch(/^req_/);
  });

  it('runs a turn: answering agent, reply, handoffs with reason and intent, tool calls', async () => {
    const { body: conv } = await create();
    const res = await server.request('POST', `/v1/conversations/${conv.id}/messages`, {
      body: { text: 'I was charged twice on invoice INV-2043' },
    });
    expect(res.status).toBe(200);
    const turn = TurnResponse.parse(res.body);
    expect(turn.agent).toBe('Billing');
    expect(turn.reply).toContain('INV-2043');
    expect(turn.handoffs).toEqual([
      expect.objectContaining({ from: 'Triage', to: 'Billing', intent: 'billing.invoice', kind: 'handoff' }),
    ]);
    expect(turn.handoffs[0].reason).toMatch(/charged/);
    expect(turn.toolCalls.map((c) => [c.agent, c.tool, c.arguments])).toEqual([
      ['Billing', 'lookup_invoice', { invoiceId: 'INV-2043' }],
    ]);
  });

  it('shows one conversation: transcript, handoff trail, context, status', async () => {
    const { body: conv } = await create();
    await server.request('POST', `/v1/conversations/${conv.id}/messages`, {
      body: { text: 'what does the Growth plan cost?' },
    });
    const res = await server.request('GET', `/v1/conversations/${conv.id}`);
    expect(res.status).toBe(200);
    const detail = ConversationDetail.parse(res.body);
    expect(detail).toMatchObject({ id: conv.id, status: 'active', activeAgent: 'Sales', turnCount: 1 });
    expect(detail.handoffs.map((h) => [h.from, h.to, h.turn])).toEqual([['Triage', 'Sales', 1]]);
    const roles = detail.transcript.map((t) => t.role);
    expect(roles[0]).toBe('user');
    expect(detail.transcript[0].text).toBe('what does the Growth plan cost?');
    expect(roles).toContain('tool_call');
    expect(detail.transcript.at(-1)).toMatchObject({ role: 'assistant', agent: 'Sales' });
    expect(detail.events.map((e) => e.type)).toContain('tool.call');
  });

  it('lists conversations newest first, filtered by graph and status', async () => {
    const { body: a } = await create();
    const { body: b } = await create();
    const res = await server.request('GET', '/v1/conversations?graph=support&status=active&limit=2');
    expect(res.status).toBe(200);
    const list = ConversationList.parse(res.body);
    expect(list.data.map((c) => c.id)).toEqual([b.id, a.id]);
    const parked = await server.request('GET', '/v1/conversations?status=awaiting_human');
    expect(parked.body.data.every((c: any) => c.status === 'awaiting_human')).toBe(true);
  });

  describe('errors', () => {
    const expectError = (res: { status: number; body: any }, status: number, param: string | null = null) => {
      expect(res.status).toBe(status);
      const { error } = ErrorResponse.parse(res.body);
      expect(error.param).toBe(param);
      return error;
    };

    it('400 names the missing or invalid field', async () => {
      expect(expectError(await create({}), 400, 'graph').message).toMatch(/graph/);
      const context = expectError(
        await create({ graph: 'support', context: { plan: 'Gold' } }),
        400,
        'context.plan',
      );
      expect(context.message).toContain('context.plan');
      const { body: conv } = await create();
      const blank = await server.request('POST', `/v1/conversations/${conv.id}/messages`, {
        body: { text: '  ' },
      });
      expect(expectError(blank, 400, 'text').message).toMatch(/text: must not be blank/);
      const list = await server.request('GET', '/v1/conversations?status=sleeping');
      expect(expectError(list, 400, 'status').message).toMatch(/status/);
      const malformed = await server.app.inject({
        method: 'POST',
        url: '/v1/conversations',
        headers: { 'content-type': 'application/json' },
        payload: '{"graph":',
      });
      expectError({ status: malformed.statusCode, body: malformed.json() }, 400);
    });

    it('404 for an unknown graph, conversation or route', async () => {
      expect(expectError(await create({ graph: 'nope' }), 404).message).toMatch(/graph "nope"/);
      expectError(await server.request('GET', '/v1/conversations/missing'), 404);
      expectError(
        await server.request('POST', '/v1/conversations/missing/messages', { body: { text: 'hi' } }),
        404,
      );
      expectError(await server.request('GET', '/v1/conversations?graph=nope'), 404);
      expectError(await server.request('GET', '/v1/nothing-here'), 404);
    });

    it('413 for a body over the limit, and nothing is written', async () => {
      const before = (await server.store.listConversations()).length;
      const res = await create({ graph: 'support', context: { callerName: 'x'.repeat(5000) } });
      expect(expectError(res, 413).type).toBe('request_too_large');
      expect(await server.store.listConversations()).toHaveLength(before);
    });

    it('400 for a message to an ended conversation', async () => {
      const { body: conv } = await create();
      await server.context.switchboardFor('support').endConversation(conv.id);
      const res = await server.request('POST', `/v1/conversations/${conv.id}/messages`, {
        body: { text: 'hi' },
      });
      expect(expectError(res, 400).message).toMatch(/ended/);
    });
  });
});

describe('a retried message whose answer was lost (expectedTurn)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('runs turn N once: a retry naming the same turn is 409 and stores nothing', async () => {
    const { body: conv } = await server.request('POST', '/v1/conversations', { body: { graph: 'support' } });
    const text = 'please refund invoice INV-2041';
    const first = await server.request('POST', `/v1/conversations/${conv.id}/messages`, {
      body: { text, expectedTurn: 1 },
    });
    expect(first.status).toBe(200);
    expect(first.body.turn).toBe(1);
    const itemsAfterFirst = (await server.store.getItems(conv.id)).length;

    // The client never saw that answer and sends again, as a client retrying after a crash would.
    const retry = await server.request('POST', `/v1/conversations/${conv.id}/messages`, {
      body: { text, expectedTurn: 1 },
      headers: { accept: 'text/event-stream' },
    });
    expect(retry.status).toBe(409);
    expect(retry.body.error).toMatchObject({ type: 'conflict_error', param: 'expectedTurn' });
    expect(retry.body.error.message).toContain('turn 1 of conversation');
    expect((await server.store.getItems(conv.id)).length).toBe(itemsAfterFirst);
    expect((await server.store.getConversation(conv.id))?.turnCount).toBe(1);

    const skipping = await server.request('POST', `/v1/conversations/${conv.id}/messages`, {
      body: { text: 'hello', expectedTurn: 5 },
    });
    expect(skipping.status).toBe(409);
    const next = await server.request('POST', `/v1/conversations/${conv.id}/messages`, {
      body: { text: 'thanks', expectedTurn: 2 },
    });
    expect(next.status).toBe(200);
    const bad = await server.request('POST', `/v1/conversations/${conv.id}/messages`, {
      body: { text: 'x', expectedTurn: 'two' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.param).toBe('expectedTurn');
  });
});

describe('a turn already running on the conversation', () => {
  const gate = new Gate();
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ graphs: gatedGraphs(gate) });
  });
  afterAll(() => server.close());

  it('gets 409 and leaves the running turn to commit alone', async () => {
    const { body: conv } = await server.request('POST', '/v1/conversations', { body: { graph: 'gated' } });
    const first = server.request('POST', `/v1/conversations/${conv.id}/messages`, { body: { text: 'one' } });
    await gate.whenEntered();
    const second = await server.request('POST', `/v1/conversations/${conv.id}/messages`, {
      body: { text: 'two' },
    });
    expect(second.status).toBe(409);
    expect(second.body.error.type).toBe('conflict_error');
    gate.release();
    expect((await first).status).toBe(200);
    const stored = await server.store.getItems(conv.id);
    expect(stored.map((s) => (s.item as any).content).filter((c) => typeof c === 'string')).toEqual(['one']);
    expect((await server.store.getConversation(conv.id))?.turnCount).toBe(1);
  });

  it('500 hides the cause behind a request id', async () => {
    const sb = server.context.switchboardFor('gated');
    const original = sb.send.bind(sb);
    sb.send = async () => {
      throw new Error('database password is hunter2');
    };
    try {
      const { body: conv } = await server.request('POST', '/v1/conversations', { body: { graph: 'gated' } });
      const res = await server.request('POST', `/v1/conversations/${conv.id}/messages`, {
        body: { text: 'x' },
      });
      expect(res.status).toBe(500);
      expect(res.body.error.message).toBe(`internal error (request id ${res.body.error.requestId})`);
      expect(JSON.stringify(res.body)).not.toContain('hunter2');
    } finally {
      sb.send = original;
    }
  });
});
