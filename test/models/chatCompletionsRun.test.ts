import { Agent, run, setTracingDisabled, tool } from '@openai/agents';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createLlmModel } from '../../src/models/llmModels.ts';
import { type FakeOpenAIServer, startFakeOpenAIServer } from '../../testing/models/fakeOpenAIServer.ts';

// Agents on a compatible server (Ollama, vLLM…) reached through OPENAI_BASE_URL, end to end through run().

let fake: FakeOpenAIServer;
let env: NodeJS.ProcessEnv;

beforeAll(() => setTracingDisabled(true));
beforeEach(async () => {
  fake = await startFakeOpenAIServer();
  env = { OPENAI_BASE_URL: `${fake.url}/v1` };
});
afterEach(() => fake.close());

function makeOrderTool(executed: string[]) {
  return tool({
    name: 'lookup_order',
    description: 'Look up an order by id',
    parameters: z.object({ orderId: z.string() }),
    execute: async ({ orderId }) => {
      executed.push(orderId);
      return `order ${orderId} shipped on ${orderId.length}-May`;
    },
  });
}

describe('Chat Completions model on OPENAI_BASE_URL', () => {
  it('runs a turn and returns the scripted text, sending the placeholder key when none is set', async () => {
    fake.enqueue({ text: 'Hello from the compatible server.' });
    const agent = new Agent({
      name: 'Triage',
      instructions: 'Be brief.',
      model: createLlmModel({ model: 'llama3.1:8b' }, env),
    });

    const result = await run(agent, 'Hi there');

    expect(result.finalOutput).toBe('Hello from the compatible server.');
    expect(fake.requests).toHaveLength(1);
    const [request] = fake.requests;
    expect(request.path).toBe('/v1/chat/completions');
    expect(request.stream).toBe(false);
    expect(request.authorization).toBe('Bearer not-needed');
    expect(request.body.model).toBe('llama3.1:8b');
    expect(request.body.messages).toEqual([
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Hi there' },
    ]);
  });

  it('streams a turn as several text deltas that add up to the reply', async () => {
    const reply = 'Streaming works across several chunks.';
    fake.enqueue({ text: reply });
    const agent = new Agent({
      name: 'Triage',
      instructions: 'Be brief.',
      model: createLlmModel({ model: 'm' }, env),
    });

    const result = await run(agent, 'Hi', { stream: true });
    const deltas: string[] = [];
    for await (const delta of result.toTextStream()) deltas.push(delta);
    await result.completed;

    expect(fake.requests[0].stream).toBe(true);
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join('')).toBe(reply);
    expect(result.finalOutput).toBe(reply);
  });

  it.each([false, true])(
    'executes a scripted tool call and sends its output back (stream: %s)',
    async (stream) => {
      const executed: string[] = [];
      fake.enqueue(
        { toolCall: { name: 'lookup_order', arguments: { orderId: 'A-17' }, callId: 'call_42' } },
        { text: 'Your order A-17 has shipped.' },
      );
      const agent = new Agent({
        name: 'Orders',
        instructions: 'Use tools.',
        tools: [makeOrderTool(executed)],
        model: createLlmModel({ model: 'm' }, env),
      });

      const result = stream
        ? await run(agent, 'Where is A-17?', { stream: true })
        : await run(agent, 'Where is A-17?');
      if ('completed' in result) {
        for await (const _ of result.toStream()) {
          // drain
        }
        await result.completed;
      }

      expect(result.finalOutput).toBe('Your order A-17 has shipped.');
      expect(executed).toEqual(['A-17']);
      expect(fake.requests).toHaveLength(2);

      const first = fake.requests[0].body;
      expect(first.tools.map((t: any) => t.function.name)).toEqual(['lookup_order']);
      expect(first.tools[0].function.parameters.properties).toHaveProperty('orderId');

      const followUp = fake.requests[1].body.messages;
      const assistantCall = followUp.find((m: any) => m.role === 'assistant' && m.tool_calls);
      expect(assistantCall.tool_calls[0]).toMatchObject({
        id: 'call_42',
        function: { name: 'lookup_order', arguments: '{"orderId":"A-17"}' },
      });
      expect(followUp.at(-1)).toEqual({
        role: 'tool',
        tool_call_id: 'call_42',
        content: 'order A-17 shipped on 4-May',
      });
    },
  );

  it('sends OPENAI_API_KEY to a compatible server when it is set', async () => {
    fake.enqueue({ text: 'ok' });
    const model = createLlmModel({ model: 'm' }, { ...env, OPENAI_API_KEY: 'sk-local-proxy' });

    await run(new Agent({ name: 'A', instructions: 'x', model }), 'hi');

    expect(fake.requests[0].authorization).toBe('Bearer sk-local-proxy');
  });
});
