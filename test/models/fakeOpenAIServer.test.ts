import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeOpenAIServer, startFakeOpenAIServer } from '../../testing/models/fakeOpenAIServer.ts';

// The fake's own wire behavior, checked with plain fetch so other suites can rely on it.

let fake: FakeOpenAIServer;
beforeEach(async () => {
  fake = await startFakeOpenAIServer();
});
afterEach(() => fake.close());

function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${fake.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** Parses an SSE body into `{ event, data }` records. */
async function readEvents(response: Response): Promise<{ event?: string; data: string }[]> {
  const text = await response.text();
  return text
    .split('\n\n')
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const lines = block.split('\n');
      const event = lines.find((l) => l.startsWith('event: '))?.slice('event: '.length);
      const data = lines.find((l) => l.startsWith('data: '))?.slice('data: '.length) ?? '';
      return { event, data };
    });
}

describe('startFakeOpenAIServer', () => {
  it('listens on 127.0.0.1 with an ephemeral port', () => {
    expect(fake.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(fake.url).not.toMatch(/:0$/);
  });

  it('answers chat completions from the script and records body and Authorization', async () => {
    fake.enqueue({ text: 'first' }, { toolCall: { name: 'f', arguments: { a: 1 } } });

    const one: any = await (
      await post('/v1/chat/completions', { model: 'x', messages: [] }, { authorization: 'Bearer k' })
    ).json();
    const two: any = await (await post('/v1/chat/completions', { model: 'x', messages: [] })).json();

    expect(one.choices[0]).toMatchObject({ message: { content: 'first' }, finish_reason: 'stop' });
    expect(two.choices[0].finish_reason).toBe('tool_calls');
    expect(two.choices[0].message.tool_calls[0]).toEqual({
      id: 'call_fake_2',
      type: 'function',
      function: { name: 'f', arguments: '{"a":1}' },
    });
    expect(fake.requests.map((r) => r.authorization)).toEqual(['Bearer k', undefined]);
    expect(fake.requests[0].body).toEqual({ model: 'x', messages: [] });
  });

  it('streams chat completion chunks ending in [DONE]', async () => {
    fake.enqueue({ text: 'one two three' });

    const events = await readEvents(
      await post('/v1/chat/completions', { model: 'x', messages: [], stream: true }),
    );

    expect(events.at(-1)?.data).toBe('[DONE]');
    const chunks = events.slice(0, -1).map((e) => JSON.parse(e.data));
    const text = chunks.map((c) => c.choices[0]?.delta?.content ?? '').join('');
    expect(text).toBe('one two three');
    expect(chunks.at(-1).usage.total_tokens).toBeGreaterThan(0);
    expect(fake.requests[0].stream).toBe(true);
  });

  it('streams Responses events with matching event names and a final response.completed', async () => {
    fake.enqueue({ text: 'alpha beta' });

    const events = await readEvents(await post('/v1/responses', { model: 'x', input: 'hi', stream: true }));

    const types = events.map((e) => e.event);
    expect(types[0]).toBe('response.created');
    expect(types.at(-1)).toBe('response.completed');
    expect(events.every((e) => JSON.parse(e.data).type === e.event)).toBe(true);
    const deltas = events
      .filter((e) => e.event === 'response.output_text.delta')
      .map((e) => JSON.parse(e.data).delta);
    expect(deltas.join('')).toBe('alpha beta');
    expect(JSON.parse(events.at(-1)!.data).response.output[0].content[0].text).toBe('alpha beta');
  });

  it('answers a scripted error with its status, and 400 once the script runs out', async () => {
    fake.enqueue({ error: { status: 503, message: 'overloaded' } });

    const scripted = await post('/v1/responses', { model: 'x', input: 'hi' });
    const exhausted = await post('/v1/responses', { model: 'x', input: 'hi' });
    const unknown = await post('/v1/embeddings', {});

    expect(scripted.status).toBe(503);
    expect(((await scripted.json()) as any).error.message).toBe('overloaded');
    expect(exhausted.status).toBe(400);
    expect(((await exhausted.json()) as any).error.message).toContain(
      'no scripted reply left for POST /v1/responses',
    );
    expect(unknown.status).toBe(404);
    expect(fake.requests).toHaveLength(3);
  });
});
