import type { Model } from '@openai/agents-core';
import { LazyOpenAIModel } from './lazyOpenAIModel.ts';
import { defaultModelSpec, parseModelSpec } from './modelSpec.ts';
import { ModelConfigError, type OpenAIEndpoint, resolveOpenAIEndpoint } from './openaiEndpoint.ts';

/** Sent when a compatible server needs no key: the client insists on one and Ollama ignores it. */
export const PLACEHOLDER_API_KEY = 'not-needed';

/**
 * A real LLM for `openai:<model>`, on the SDK's own OpenAI models (loaded on the first request:
 * lazyOpenAIModel.ts).
 * - `OPENAI_BASE_URL` set: Chat Completions against that server; `OPENAI_API_KEY` optional.
 * - otherwise: the Responses API at OpenAI; `OPENAI_API_KEY` required.
 * - `SWITCHBOARD_OPENAI_API=chat|responses` overrides the dialect either way.
 * Tracing export is deliberately not configured here: it stays off unless the user opts in elsewhere.
 */
export function createLlmModel(
  spec: { model: string },
  env: NodeJS.ProcessEnv = process.env,
): LazyOpenAIModel {
  const endpoint = resolveOpenAIEndpoint(env);
  return new LazyOpenAIModel(endpoint.api, spec.model, {
    baseURL: endpoint.baseURL,
    apiKey: resolveApiKey(endpoint, env),
    organization: env.OPENAI_ORG_ID?.trim() || undefined,
    project: env.OPENAI_PROJECT_ID?.trim() || undefined,
  });
}

function resolveApiKey(endpoint: OpenAIEndpoint, env: NodeJS.ProcessEnv): string {
  const key = env.OPENAI_API_KEY?.trim();
  if (key) return key;
  if (endpoint.custom) return PLACEHOLDER_API_KEY;
  throw new ModelConfigError(
    'OPENAI_API_KEY is not set; it is required to call OpenAI. Set it, or set OPENAI_BASE_URL to an ' +
      'OpenAI-compatible server (e.g. http://localhost:11434/v1 for Ollama), or use the "offline" model.',
  );
}

/**
 * What the graph compiler asks for each agent: a ready `Model`, or `'offline'` so the compiler builds that
 * agent's own offline model. A `Model` instance passes through; `undefined` means the default spec.
 */
export type ModelResolver = (spec: string | Model | undefined) => Model | 'offline';

/**
 * Resolves specs against one environment. Agents naming the same spec share one model instance
 * (models hold no per-conversation state). Configuration errors surface when an agent is resolved,
 * i.e. when the graph is compiled, not in the middle of a conversation.
 */
export function createModelResolver(env: NodeJS.ProcessEnv = process.env): ModelResolver {
  const models = new Map<string, Model>();
  return (spec) => {
    if (spec !== undefined && typeof spec !== 'string') return spec;
    const parsed = parseModelSpec(spec ?? defaultModelSpec(env));
    if (parsed.provider === 'offline') return 'offline';
    let model = models.get(parsed.model);
    if (!model) {
      model = createLlmModel(parsed, env);
      models.set(parsed.model, model);
    }
    return model;
  };
}
