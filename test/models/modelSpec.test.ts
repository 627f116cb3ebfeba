import { describe, expect, it } from 'vitest';
import {
  defaultModelSpec,
  describeModelSpec,
  ModelSpecError,
  parseModelSpec,
} from '../../src/models/modelSpec.ts';
import { ModelConfigError } from '../../src/models/openaiEndpoint.ts';

describe('parseModelSpec', () => {
  it('accepts offline, case-insensitively and with surrounding spaces', () => {
    expect(parseModelSpec('offline')).toEqual({ provider: 'offline' });
    expect(parseModelSpec('  Offline ')).toEqual({ provider: 'offline' });
  });

  it('accepts openai:<model> and keeps colons inside the model name (Ollama tags)', () => {
    expect(parseModelSpec('openai:gpt-4.1-mini')).toEqual({ provider: 'openai', model: 'gpt-4.1-mini' });
    expect(parseModelSpec('openai:llama3.1:8b')).toEqual({ provider: 'openai', model: 'llama3.1:8b' });
    expect(parseModelSpec('OpenAI:qwen2.5')).toEqual({ provider: 'openai', model: 'qwen2.5' });
  });

  it('rejects a bare model name with the usage and an openai: suggestion', () => {
    const attempt = () => parseModelSpec('gpt-4.1-mini');
    expect(attempt).toThrow(ModelSpecError);
    expect(attempt).toThrow(
      'unknown model "gpt-4.1-mini": use "offline" or "openai:<model>" (e.g. openai:gpt-4.1-mini); ' +
        'did you mean "openai:gpt-4.1-mini"?',
    );
  });

  it('rejects a bare Ollama tag, suggesting the whole tag under openai:', () => {
    expect(() => parseModelSpec('llama3.1:8b')).toThrow('did you mean "openai:llama3.1:8b"?');
  });

  it('points compat:<model> at openai:<model> plus OPENAI_BASE_URL', () => {
    expect(() => parseModelSpec('compat:llama3.1')).toThrow(
      'write "openai:llama3.1" and set OPENAI_BASE_URL',
    );
  });

  it.each([
    ['', 'empty model spec'],
    ['   ', 'empty model spec'],
    ['openai:', 'missing model name in "openai:"'],
    ['openai:gpt 4', 'must not contain spaces'],
  ])('rejects %j', (spec, message) => {
    expect(() => parseModelSpec(spec)).toThrow(ModelSpecError);
    expect(() => parseModelSpec(spec)).toThrow(message);
  });
});

describe('defaultModelSpec', () => {
  it('is offline when SWITCHBOARD_MODEL is unset or blank, never a paid model', () => {
    expect(defaultModelSpec({})).toBe('offline');
    expect(defaultModelSpec({ SWITCHBOARD_MODEL: '  ', OPENAI_API_KEY: 'sk-x' })).toBe('offline');
  });

  it('uses SWITCHBOARD_MODEL, normalized', () => {
    expect(defaultModelSpec({ SWITCHBOARD_MODEL: ' openai:gpt-4.1-mini ' })).toBe('openai:gpt-4.1-mini');
    expect(defaultModelSpec({ SWITCHBOARD_MODEL: 'OFFLINE' })).toBe('offline');
  });

  it('names the variable when its value is invalid', () => {
    expect(() => defaultModelSpec({ SWITCHBOARD_MODEL: 'gpt-4o' })).toThrow(
      /^SWITCHBOARD_MODEL: unknown model "gpt-4o"/,
    );
  });
});

describe('describeModelSpec', () => {
  it('describes offline without touching the environment', () => {
    expect(describeModelSpec('offline', { SWITCHBOARD_OPENAI_API: 'bogus' })).toBe(
      'offline (deterministic local model, no network)',
    );
  });

  it('describes OpenAI proper as the Responses API', () => {
    expect(describeModelSpec('openai:gpt-4.1-mini', {})).toBe(
      'openai:gpt-4.1-mini via https://api.openai.com/v1 (Responses API)',
    );
  });

  it('describes a compatible server as Chat Completions, honoring the override', () => {
    const env = { OPENAI_BASE_URL: 'http://localhost:11434/v1/' };
    expect(describeModelSpec('openai:gpt-4.1-mini', env)).toBe(
      'openai:gpt-4.1-mini via http://localhost:11434/v1 (Chat Completions)',
    );
    expect(
      describeModelSpec({ provider: 'openai', model: 'm' }, { ...env, SWITCHBOARD_OPENAI_API: 'responses' }),
    ).toBe('openai:m via http://localhost:11434/v1 (Responses API)');
  });

  it('never shows the key or credentials embedded in the base URL', () => {
    const secret = 'sk-test-DESCRIBE-SECRET';
    const text = describeModelSpec('openai:m', {
      OPENAI_API_KEY: secret,
      OPENAI_BASE_URL: `https://proxy:${secret}@gateway.example.com/v1?api-key=${secret}#${secret}`,
    });
    expect(text).toBe('openai:m via https://gateway.example.com/v1 (Chat Completions)');
  });

  it('reports a bad API override or base URL as a configuration error naming the variable', () => {
    expect(() => describeModelSpec('openai:m', { SWITCHBOARD_OPENAI_API: 'completions' })).toThrow(
      new ModelConfigError('SWITCHBOARD_OPENAI_API must be "chat" or "responses" (got "completions")'),
    );
    expect(() => describeModelSpec('openai:m', { OPENAI_BASE_URL: 'localhost:11434' })).toThrow(
      /^OPENAI_BASE_URL must be an http\(s\) URL/,
    );
    expect(() => describeModelSpec('openai:m', { OPENAI_BASE_URL: 'not a url' })).toThrow(
      /^OPENAI_BASE_URL is not a valid URL/,
    );
  });
});
