/** Which OpenAI wire API a model talks: the Responses API or the older, widely cloned Chat Completions API. */
export type OpenAIApi = 'responses' | 'chat';

export const OPENAI_DEFAULT_BASE_URL = 'https://api.openai.com/v1';
const OPENAI_HOSTNAME = 'api.openai.com';

/**
 * Thrown when the environment cannot produce a working model (missing key, bad base URL, bad API choice).
 * Messages name the variable to fix and never contain its secret value.
 */
export class ModelConfigError extends Error {
  override name = 'ModelConfigError';
}

export type OpenAIEndpoint = {
  api: OpenAIApi;
  /** Without a trailing slash. */
  baseURL: string;
  /** True when `OPENAI_BASE_URL` points somewhere other than OpenAI itself (Ollama, vLLM, a proxy…). */
  custom: boolean;
};

/**
 * Decides where requests go and in which dialect, from `OPENAI_BASE_URL` and `SWITCHBOARD_OPENAI_API`.
 * A custom base URL defaults to Chat Completions because compatible servers rarely implement the Responses API.
 */
export function resolveOpenAIEndpoint(env: NodeJS.ProcessEnv = process.env): OpenAIEndpoint {
  const rawBaseURL = env.OPENAI_BASE_URL?.trim();
  const baseURL = rawBaseURL ? normalizeBaseURL(rawBaseURL) : OPENAI_DEFAULT_BASE_URL;
  // Some users spell out OpenAI's own URL; that must still mean the Responses API and a required key.
  const custom = new URL(baseURL).hostname !== OPENAI_HOSTNAME;
  return { api: chooseApi(env, custom), baseURL, custom };
}

function chooseApi(env: NodeJS.ProcessEnv, custom: boolean): OpenAIApi {
  const override = env.SWITCHBOARD_OPENAI_API?.trim().toLowerCase();
  if (!override) return custom ? 'chat' : 'responses';
  if (override === 'chat' || override === 'responses') return override;
  throw new ModelConfigError(
    `SWITCHBOARD_OPENAI_API must be "chat" or "responses" (got "${env.SWITCHBOARD_OPENAI_API}")`,
  );
}

function normalizeBaseURL(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    // The value is not echoed: a malformed URL may still carry credentials we cannot strip.
    throw new ModelConfigError(
      'OPENAI_BASE_URL is not a valid URL (expected e.g. http://localhost:11434/v1)',
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ModelConfigError(`OPENAI_BASE_URL must be an http(s) URL (got protocol "${url.protocol}")`);
  }
  return value.replace(/\/+$/, '');
}
