import { redactUrl } from '../redactUrl.ts';
import { resolveOpenAIEndpoint } from './openaiEndpoint.ts';

/** Which model an agent runs on. `offline` is the deterministic local model; `openai` covers every OpenAI-API server. */
export type ModelSpec = { provider: 'offline' } | { provider: 'openai'; model: string };

/** Thrown for a model spec string that cannot be parsed. The message is meant to be shown to the user as is. */
export class ModelSpecError extends Error {
  override name = 'ModelSpecError';
}

export const OFFLINE_MODEL_SPEC = 'offline';
/** Used in error messages and docs; never chosen automatically. */
export const EXAMPLE_OPENAI_MODEL_SPEC = 'openai:gpt-4.1-mini';

const USAGE = `use "offline" or "openai:<model>" (e.g. ${EXAMPLE_OPENAI_MODEL_SPEC})`;
const OPENAI_PREFIX = 'openai:';
const COMPAT_PREFIX = 'compat:';

/**
 * Parses `offline` or `openai:<model>`. Only the first colon separates the provider, so Ollama tags such as
 * `openai:llama3.1:8b` keep their own colon.
 */
export function parseModelSpec(spec: string): ModelSpec {
  const text = spec.trim();
  if (text === '') throw new ModelSpecError(`empty model spec: ${USAGE}`);
  if (text.toLowerCase() === OFFLINE_MODEL_SPEC) return { provider: 'offline' };

  if (text.toLowerCase().startsWith(OPENAI_PREFIX)) {
    const model = text.slice(OPENAI_PREFIX.length).trim();
    if (model === '') throw new ModelSpecError(`missing model name in "${text}": ${USAGE}`);
    if (/\s/.test(model)) throw new ModelSpecError(`model name "${model}" must not contain spaces: ${USAGE}`);
    return { provider: 'openai', model };
  }

  // Local servers (Ollama, vLLM, llama.cpp) speak the OpenAI API, so they are `openai:` plus a base URL.
  if (text.toLowerCase().startsWith(COMPAT_PREFIX)) {
    const model = text.slice(COMPAT_PREFIX.length).trim();
    throw new ModelSpecError(
      `unknown model "${text}": ${USAGE}; for an OpenAI-compatible server write "openai:${model}" and set OPENAI_BASE_URL`,
    );
  }
  throw new ModelSpecError(`unknown model "${text}": ${USAGE}; did you mean "openai:${text}"?`);
}

/** Formats a parsed spec back into its canonical string. */
export function formatModelSpec(spec: ModelSpec): string {
  return spec.provider === 'offline' ? OFFLINE_MODEL_SPEC : `${OPENAI_PREFIX}${spec.model}`;
}

/**
 * The spec to use when neither the command line nor the graph names one: `SWITCHBOARD_MODEL`, else `offline`.
 * Never falls back to a paid model. Validated here so a typo in the variable is reported at startup, naming it.
 */
export function defaultModelSpec(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.SWITCHBOARD_MODEL?.trim();
  if (!fromEnv) return OFFLINE_MODEL_SPEC;
  try {
    return formatModelSpec(parseModelSpec(fromEnv));
  } catch (error) {
    if (error instanceof ModelSpecError) throw new ModelSpecError(`SWITCHBOARD_MODEL: ${error.message}`);
    throw error;
  }
}

/**
 * One line for banners and logs, e.g. `openai:gpt-4.1-mini via http://localhost:11434/v1 (Chat Completions)`.
 * Contains no secret: the API key is never read here and credentials in the base URL are stripped.
 */
export function describeModelSpec(spec: string | ModelSpec, env: NodeJS.ProcessEnv = process.env): string {
  const parsed = typeof spec === 'string' ? parseModelSpec(spec) : spec;
  if (parsed.provider === 'offline') return 'offline (deterministic local model, no network)';
  const endpoint = resolveOpenAIEndpoint(env);
  const api = endpoint.api === 'chat' ? 'Chat Completions' : 'Responses API';
  return `${formatModelSpec(parsed)} via ${redactUrl(endpoint.baseURL, { locationOnly: true })} (${api})`;
}
