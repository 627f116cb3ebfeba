import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyLiveEvent, emptyLiveTurn, type LiveTurn, SSE_TO_LIVE } from '../../web/src/lib/liveTurn.ts';
import { parseSseChunk } from '../../web/src/lib/sse.ts';
import { startTestServer, type TestServer } from '../support/server/serverFixture.ts';
import { connectLive } from '../support/server/wsClient.ts';

describe("the dashboard's running turn, folded from the server's real live events", () => {
  let server: TestServer;
  let base: string;
  beforeAll(async () => {
    server = await startTestServer();
    base = (await server.listen()).replace('http', 'ws');
  });
  afterAll(() => server.close());

  it('WebSocket events: the handoff, the tool call with its result, then the answering agent streaming', async () => {
    const { body: conv } = await server.request('POST', '/v1/conversations', { body: { graph: 'support' } });
    const live = await connectLive(`${base}/v1/conversations/${conv.id}/live`);
    await live.waitFor((m) => m.kind === 'snapshot');
    const turn = await server.request('POST', `/v1/conversations/${conv.id}/messages`, {
      body: { text: 'my webhooks keep failing, account ACC-1003' },
      headers: { accept: 'text/event-stream' },
    });
    const messages = await live.waitFor((m) => m.type === 'turn.completed');
    live.close();

    let running: LiveTurn = emptyLiveTurn(null);
    for (const m of messages.filter((m) => m.kind === 'event' && m.type !== 'turn.completed'))
      running = applyLiveEvent(running, m);
    const done = parseSseChunk(turn.body).events.find((e) => e.name === 'done');
    const result = JSON.parse(done?.data ?? '{}');

    expect(running.userText).toBe('my webhooks keep failing, account ACC-1003');
    expect(
      running.steps.map((s) => (s.kind === 'handoff' ? `${s.handoff.from}->${s.handoff.to}` : s.tool)),
    ).toEqual(['Triage->TechSupport', 'run_webhook_diagnostic']);
    const tool = running.steps[1];
    expect(tool.kind === 'tool' && tool.hasResult).toBe(true);
    expect(tool.kind === 'tool' && tool.args).toMatchObject({ accountId: 'ACC-1003' });
    expect(running.agent).toBe(result.agent);
    expect(running.text).toBe(result.reply);
  }, 90_000);

  it('SSE events of the messages endpoint map onto the same fold', async () => {
    const { body: conv } = await server.request('POST', '/v1/conversations', { body: { graph: 'support' } });
    const turn = await server.request('POST', `/v1/conversations/${conv.id}/messages`, {
      body: { text: 'I was charged twice on invoice INV-2043' },
      headers: { accept: 'text/event-stream' },
    });
    // Fed in two arbitrary chunks: an event cut in half waits for its second half.
    const text = String(turn.body);
    const half = Math.floor(text.length / 2);
    const first = parseSseChunk(text.slice(0, half));
    const second = parseSseChunk(first.rest + text.slice(half));
    const events = [...first.events, ...second.events];
    expect(second.rest).toBe('');

    let running = emptyLiveTurn('I was charged twice on invoice INV-2043');
    for (const e of events)
      if (SSE_TO_LIVE[e.name])
        running = applyLiveEvent(running, { type: SSE_TO_LIVE[e.name], data: JSON.parse(e.data) });
    const result = JSON.parse(events.find((e) => e.name === 'done')?.data ?? '{}');
    expect(running.steps[0]).toMatchObject({ kind: 'handoff', handoff: { from: 'Triage', to: 'Billing' } });
    expect(running.agent).toBe('Billing');
    expect(running.text).toBe(result.reply);
  });
});
