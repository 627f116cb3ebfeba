import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StreamEvents } from '../../src/server/schemas.ts';
import {
  Gate,
  gatedGraphs,
  parseSse,
  startTestServer,
  type TestServer,
} from '../support/server/serverFixture.ts';

const post = (url: string, body: unknown, accept = 'text/event-stream') =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept },
    body: JSON.stringify(body),
  });

describe('POST /v1/conversations/:id/messages with Accept: text/event-stream', () => {
  let server: TestServer;
  let url: string;
  beforeAll(async () => {
    server = await startTestServer();
    url = await server.listen();
  });
  afterAll(() => server.close());

  it('streams handoff, tool_call, tool_result, then text deltas, then done with the whole turn', async () => {
    const created = await post(`${url}/v1/conversations`, { graph: 'support' }, 'application/json');
    const conv = (await created.json()) as any;
    const res = await post(`${url}/v1/conversations/${conv.id}/messages`, {
      text: 'I was charged twice on invoice INV-2043',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const events = parseSse(await res.text());
    const names = events.map((e) => e.event);
    const first = (name: string) => names.indexOf(name);
    expect(first('handoff')).toBe(0);
    expect(first('handoff')).toBeLessThan(first('tool_call'));
    expect(first('tool_call')).toBeLessThan(first('tool_result'));
    expect(first('tool_result')).toBeLessThan(first('delta'));
    expect(names.at(-1)).toBe('done');
    expect(names.filter((n) => n === 'done')).toHaveLength(1);
    for (const { event, data } of events) StreamEvents[event as keyof typeof StreamEvents].parse(data);

    const done = events.at(-1)!.data;
    expect(done.agent).toBe('Billing');
    const deltas = events.filter((e) => e.event === 'delta');
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.map((e) => e.data.delta).join('')).toBe(done.reply);
    expect(events[first('handoff')].data).toMatchObject({ from: 'Triage', to: 'Billing', kind: 'handoff' });
    expect(events[first('tool_call')].data).toMatchObject({ tool: 'lookup_invoice', agent: 'Billing' });
    // The streamed turn is committed like any other.
    expect((await server.store.getConversation(conv.id))?.activeAgent).toBe('Billing');
  });

  it('answers a failure before the turn starts with plain JSON and its status', async () => {
    const res = await post(`${url}/v1/conversations/nope/messages`, { text: 'hello' });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(((await res.json()) as any).error.type).toBe('not_found_error');
  });
});

describe('a streamed turn that fails after the stream started', () => {
  const gate = new Gate();
  let server: TestServer;
  let url: string;
  beforeAll(async () => {
    server = await startTestServer({ graphs: gatedGraphs(gate) });
    url = await server.listen();
  });
  afterAll(() => server.close());

  it('409 as JSON when another turn is running, before any stream', async () => {
    const conv = (await (
      await post(`${url}/v1/conversations`, { graph: 'gated' }, 'application/json')
    ).json()) as any;
    const running = post(`${url}/v1/conversations/${conv.id}/messages`, { text: 'first' });
    await gate.whenEntered();
    const second = await post(`${url}/v1/conversations/${conv.id}/messages`, { text: 'second' });
    expect(second.status).toBe(409);
    expect(second.headers.get('content-type')).toMatch(/^application\/json/);
    gate.release();
    expect(parseSse(await (await running).text()).at(-1)?.event).toBe('done');
  });

  it('ends with an error event and writes nothing of the turn', async () => {
    const conv = (await (
      await post(`${url}/v1/conversations`, { graph: 'gated' }, 'application/json')
    ).json()) as any;
    const streaming = post(`${url}/v1/conversations/${conv.id}/messages`, { text: 'mine' });
    await gate.whenEntered();
    // Another process commits a turn meanwhile: this turn's commit must lose, entirely.
    const record = (await server.store.getConversation(conv.id))!;
    await server.store.commitTurn({
      conversationId: conv.id,
      expectedVersion: record.version,
      turn: 1,
      items: [{ agent: null, item: { role: 'user', content: 'theirs' } }],
      handoffs: [],
      events: [],
      activeAgent: record.activeAgent,
      status: 'active',
      context: {},
      toolCallsAdded: 0,
    });
    gate.release();
    const res = await streaming;
    expect(res.status).toBe(200);
    const events = parseSse(await res.text());
    expect(events.at(-1)?.event).toBe('error');
    expect(events.map((e) => e.event)).not.toContain('done');
    const error = StreamEvents.error.parse(events.at(-1)!.data);
    expect(error.type).toBe('conflict_error');
    const items = await server.store.getItems(conv.id);
    expect(items.map((i) => (i.item as any).content)).toEqual(['theirs']);
  });
});
