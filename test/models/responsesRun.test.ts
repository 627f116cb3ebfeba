import { Agent, run, setTracingDisabled, tool } from '@openai/agents';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createLlmModel } from '../../src/models/llmModels.ts';
import { type FakeOpenAIServer, startFakeOpenAIServer } from '../../testing/models/fakeOpenAIServer.ts';

// The Responses API path (OpenAI's default), exercised offline by forcing it onto the fake server.

let fake: FakeOpenAIServer;
let env: NodeJS.ProcessEnv;

beforeAll(() => setTracingDisabled(true));
beforeEach(async () => {
  fake = await startFakeOpenAIServer();
  env = {
    OPENAI_BASE_URL: `${fake.url}/v1`,
    SWITCHBOARD_OPENAI_API: 'responses',
    OPENAI_API_KEY: 'sk-test-responses',
  };
});
afterEach(() => fake.close());

describe('Responses model (SWITCHBOARD_OPENAI_API=responses)', () => {
  it('runs a turn against /v1/responses with the key and instructions', async () => {
    fake.enqueue({ text: 'Hi, this is the Responses API.' });
    const agent = new Agent({
      name: 'Triage',
      instructions: 'Greet the caller.',
      model: createLlmModel({ model: 'gpt-4.1-mini' }, env),
    });

    const result = await run(agent, 'Hello');

    expect(result.finalOutput).toBe('Hi, this is the Responses API.');
    expect(fake.requests.map((r) => r.path)).toEqual(['/v1/responses']);
    const [request] = fake.requests;
    expect(request.authorization).toBe('Bearer sk-test-responses');
    expect(request.body.model).toBe('gpt-4.1-mini');
    expect(request.body.instructions).toBe('Greet the caller.');
    expect(request.body.input).toEqual([{ role: 'user', content: 'Hello' }]);
  });

  it('streams a turn as several text deltas', async () => {
    const reply = 'Responses streaming, word by word.';
    fake.enqueue({ text: reply });
    const agent = new Agent({
      name: 'Triage',
      instructions: 'x',
      model: createLlmModel({ model: 'm' }, env),
    });

    const result = await run(agent, 'Hello', { stream: true });
    const deltas: string[] = [];
    for await (const delta of result.toTextStream()) deltas.push(delta);
    await result.completed;

    expect(fake.requests[0]).toMatchObject({ path: '/v1/responses', stream: true });
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join('')).toBe(reply);
    expect(result.finalOutput).toBe(reply);
  });

  it.each([false, true])(
    'executes a scripted tool call and sends function_call_output (stream: %s)',
    async (stream) => {
      const executed: string[] = [];
      const weather = tool({
        name: 'get_weather',
        description: 'Weather for a city',
        parameters: z.object({ city: z.string() }),
        execute: async ({ city }) => {
          executed.push(city);
          return `${city}: ${city.length * 3}°C`;
        },
      });
      fake.enqueue(
        { toolCall: { name: 'get_weather', arguments: '{"city":"Oslo"}', callId: 'call_w1' } },
        { text: 'It is 12°C in Oslo.' },
      );
      const agent = new Agent({
        name: 'Weather',
        instructions: 'x',
        tools: [weather],
        model: createLlmModel({ model: 'm' }, env),
      });

      const result = stream
        ? await run(agent, 'Weather in Oslo?', { stream: true })
        : await run(agent, 'Weather in Oslo?');
      if ('completed' in result) {
        for await (const _ of result.toStream()) {
          // drain
        }
        await result.completed;
      }

      expect(result.finalOutput).toBe('It is 12°C in Oslo.');
      expect(executed).toEqual(['Oslo']);
      expect(fake.requests.map((r) => r.path)).toEqual(['/v1/responses', '/v1/responses']);
      expect(fake.requests[0].body.tools).toEqual([
        expect.objectContaining({ type: 'function', name: 'get_weather' }),
      ]);
      const followUp = fake.requests[1].body.input;
      expect(followUp).toContainEqual(
        expect.objectContaining({ type: 'function_call', call_id: 'call_w1', name: 'get_weather' }),
      );
      expect(followUp.at(-1)).toMatchObject({
        type: 'function_call_output',
        call_id: 'call_w1',
        output: 'Oslo: 12°C',
      });
    },
  );

  it('reports usage from the response', async () => {
    fake.enqueue({ text: 'Counted.' });
    const agent = new Agent({ name: 'A', instructions: 'x', model: createLlmModel({ model: 'm' }, env) });

    const result = await run(agent, 'Count my tokens');

    const usage = result.state.usage;
    expect(usage.requests).toBe(1);
    expect(usage.inputTokens).toBeGreaterThan(0);
    expect(usage.outputTokens).toBe(2); // "Counted." is 8 characters, 4 per token in the fake
    expect(usage.totalTokens).toBe(usage.inputTokens + usage.outputTokens);
  });
});
