import { inspect } from 'node:util';
import {
  Agent,
  OpenAIChatCompletionsModel,
  OpenAIResponsesModel,
  run,
  setTracingDisabled,
} from '@openai/agents';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LazyOpenAIModel } from '../../src/models/lazyOpenAIModel.ts';
import { createLlmModel, createModelResolver } from '../../src/models/llmModels.ts';
import { ModelSpecError } from '../../src/models/modelSpec.ts';
import { openAIClientFor } from '../../src/models/openaiClients.ts';
import { ModelConfigError } from '../../src/models/openaiEndpoint.ts';
import { type FakeOpenAIServer, startFakeOpenAIServer } from '../../testing/models/fakeOpenAIServer.ts';

const SECRET = 'sk-test-NEVER-PRINT-ME-4f9c';

beforeAll(() => setTracingDisabled(true));

describe('createLlmModel: which API', () => {
  // The SDK's model behind ours loads on the first request; `load()` is that step, without a request.
  it('uses the Responses API at OpenAI when no base URL is set', async () => {
    expect(await createLlmModel({ model: 'gpt-4.1-mini' }, { OPENAI_API_KEY: SECRET }).load()).toBeInstanceOf(
      OpenAIResponsesModel,
    );
  });

  it('uses Chat Completions when OPENAI_BASE_URL is set, without requiring a key', async () => {
    const model = createLlmModel({ model: 'llama3.1' }, { OPENAI_BASE_URL: 'http://localhost:11434/v1' });
    expect(await model.load()).toBeInstanceOf(OpenAIChatCompletionsModel);
  });

  it('lets SWITCHBOARD_OPENAI_API override the choice both ways', async () => {
    expect(
      await createLlmModel({ model: 'm' }, { OPENAI_API_KEY: SECRET, SWITCHBOARD_OPENAI_API: 'chat' }).load(),
    ).toBeInstanceOf(OpenAIChatCompletionsModel);
    expect(
      await createLlmModel(
        { model: 'm' },
        { OPENAI_BASE_URL: 'http://localhost:8000/v1', SWITCHBOARD_OPENAI_API: 'Responses' },
      ).load(),
    ).toBeInstanceOf(OpenAIResponsesModel);
  });

  it('treats an explicit OpenAI base URL as OpenAI itself: Responses API, key required', async () => {
    const env = { OPENAI_BASE_URL: 'https://api.openai.com/v1/' };
    expect(await createLlmModel({ model: 'm' }, { ...env, OPENAI_API_KEY: SECRET }).load()).toBeInstanceOf(
      OpenAIResponsesModel,
    );
    expect(() => createLlmModel({ model: 'm' }, env)).toThrow(/^OPENAI_API_KEY is not set/);
  });

  it('requires OPENAI_API_KEY for OpenAI itself, whichever API is chosen', () => {
    for (const env of [{}, { OPENAI_API_KEY: '  ' }, { SWITCHBOARD_OPENAI_API: 'chat' }]) {
      expect(() => createLlmModel({ model: 'gpt-4.1-mini' }, env)).toThrow(ModelConfigError);
      expect(() => createLlmModel({ model: 'gpt-4.1-mini' }, env)).toThrow(/^OPENAI_API_KEY is not set/);
    }
  });
});

describe('createLlmModel: the key stays secret', () => {
  let fake: FakeOpenAIServer;
  beforeEach(async () => {
    fake = await startFakeOpenAIServer();
  });
  afterEach(() => fake.close());

  it('keeps the key out of configuration errors', () => {
    const badEnvs = [
      { OPENAI_API_KEY: SECRET, SWITCHBOARD_OPENAI_API: 'bogus' },
      { OPENAI_API_KEY: SECRET, OPENAI_BASE_URL: `htp//user:${SECRET}@host` },
      { OPENAI_API_KEY: SECRET, OPENAI_BASE_URL: `ftp://user:${SECRET}@host/v1` },
    ];
    for (const env of badEnvs) {
      const error = captureError(() => createLlmModel({ model: 'm' }, env));
      expect(error).toBeInstanceOf(ModelConfigError);
      expect(inspect(error)).not.toContain(SECRET);
    }
  });

  it.each(['chat', 'responses'])('keeps the key out of a rejected request (%s)', async (api) => {
    fake.enqueue({ error: { status: 401, message: 'Incorrect API key provided.' } });
    const env = { OPENAI_BASE_URL: `${fake.url}/v1`, OPENAI_API_KEY: SECRET, SWITCHBOARD_OPENAI_API: api };
    const model = createLlmModel({ model: 'm' }, env);

    const error = await run(new Agent({ name: 'A', instructions: 'x', model }), 'hi').then(
      () => undefined,
      (e: unknown) => e,
    );

    // The key really was sent, so its absence below is meaningful.
    expect(fake.requests[0].authorization).toBe(`Bearer ${SECRET}`);
    expect(String(error)).toContain('401');
    expect(inspect(error, { depth: 10 })).not.toContain(SECRET);
    expect(JSON.stringify(error)).not.toContain(SECRET);
  });

  it('does not reveal the key when a model or its agent is inspected after use', async () => {
    fake.enqueue({ text: 'ok' });
    const env = {
      OPENAI_BASE_URL: `${fake.url}/v1`,
      OPENAI_API_KEY: SECRET,
      SWITCHBOARD_OPENAI_API: 'responses',
    };
    const model = createLlmModel({ model: 'm' }, env);
    await run(new Agent({ name: 'A', instructions: 'x', model }), 'hi');

    expect(fake.requests[0].authorization).toBe(`Bearer ${SECRET}`);
    expect(inspect(model, { depth: 10 })).not.toContain(SECRET);
    expect(inspect(new Agent({ name: 'B', instructions: 'x', model }), { depth: 10 })).not.toContain(SECRET);
  });
});

describe('openAIClientFor', () => {
  it('shares one client per base URL and key', () => {
    const a = openAIClientFor({ baseURL: 'http://h/v1', apiKey: 'k1' });
    expect(openAIClientFor({ baseURL: 'http://h/v1', apiKey: 'k1' })).toBe(a);
    expect(openAIClientFor({ baseURL: 'http://h/v1', apiKey: 'k2' })).not.toBe(a);
    expect(openAIClientFor({ baseURL: 'http://other/v1', apiKey: 'k1' })).not.toBe(a);
    expect(a.apiKey).toBe('k1');
  });
});

describe('createModelResolver', () => {
  it('returns "offline" for offline and for an unset spec when SWITCHBOARD_MODEL is unset', () => {
    const resolve = createModelResolver({ OPENAI_API_KEY: SECRET });
    expect(resolve('offline')).toBe('offline');
    expect(resolve(undefined)).toBe('offline');
  });

  it('falls back to SWITCHBOARD_MODEL and shares one model per spec', async () => {
    const resolve = createModelResolver({
      SWITCHBOARD_MODEL: 'openai:qwen2.5',
      OPENAI_BASE_URL: 'http://localhost:11434/v1',
    });
    const byDefault = resolve(undefined);
    expect(byDefault).toBeInstanceOf(LazyOpenAIModel);
    expect(await (byDefault as LazyOpenAIModel).load()).toBeInstanceOf(OpenAIChatCompletionsModel);
    expect(resolve('openai:qwen2.5')).toBe(byDefault);
    expect(resolve('openai:llama3.1')).not.toBe(byDefault);
    expect(resolve('offline')).toBe('offline');
  });

  it('passes a Model instance through untouched', () => {
    const model = createLlmModel({ model: 'm' }, { OPENAI_BASE_URL: 'http://localhost:11434/v1' });
    expect(createModelResolver({})(model)).toBe(model);
  });

  it('surfaces spec and configuration errors when an agent is resolved', () => {
    const resolve = createModelResolver({});
    expect(() => resolve('gpt-4.1-mini')).toThrow(ModelSpecError);
    expect(() => resolve('openai:gpt-4.1-mini')).toThrow(/^OPENAI_API_KEY is not set/);
  });
});

function captureError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}
