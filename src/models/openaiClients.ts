import { OpenAI } from 'openai';

export type OpenAIClientSettings = {
  baseURL: string;
  apiKey: string;
  organization?: string;
  project?: string;
};

// One client per endpoint+credentials: every agent of every conversation shares it (and its connection pool).
const clients = new Map<string, OpenAI>();

/** The shared `OpenAI` client for these settings, created on first use. */
export function openAIClientFor(settings: OpenAIClientSettings): OpenAI {
  const cacheKey = JSON.stringify([
    settings.baseURL,
    settings.apiKey,
    settings.organization ?? null,
    settings.project ?? null,
  ]);
  let client = clients.get(cacheKey);
  if (!client) {
    // Every option is passed explicitly so the client never falls back to process.env behind the caller's back
    // (the caller may have resolved settings from a different env, e.g. in tests or per-tenant configs).
    client = new OpenAI({
      baseURL: settings.baseURL,
      apiKey: settings.apiKey,
      adminAPIKey: null,
      organization: settings.organization ?? null,
      project: settings.project ?? null,
      webhookSecret: null,
    });
    hideSecretsFromInspection(client);
    clients.set(cacheKey, client);
  }
  return client;
}

/**
 * The client keeps the key in enumerable fields, and `OpenAIResponsesModel` exposes its client, so a stray
 * `console.log(agent.model)` would print the key. Making those fields non-enumerable hides them from
 * `util.inspect` and `JSON.stringify` while the client keeps reading them normally.
 */
function hideSecretsFromInspection(client: OpenAI): void {
  for (const field of ['apiKey', '_options']) {
    const descriptor = Object.getOwnPropertyDescriptor(client, field);
    if (descriptor && 'value' in descriptor) {
      Object.defineProperty(client, field, { ...descriptor, enumerable: false });
    }
  }
}
