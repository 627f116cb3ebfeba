import { type ApiKeyCheck, type ApiKeyStore, hashApiKey } from './apiKeys.ts';

/*
 * Every authenticated request checked its key in the database: one transaction per request, on the
 * turn's path (issue #20). Answers are kept for `ttlMs` (1 s by default), so a revoked key — revoked
 * by this process, another node or the CLI — is refused within that time. Keyed by the key's hash,
 * never the key; bounded, oldest entry out first.
 */

export const API_KEY_CACHE_TTL_MS = 1_000;
const MAX_ENTRIES = 10_000;

export type CachedVerify = (key: string) => Promise<ApiKeyCheck>;

export function cachedVerify(
  apiKeys: ApiKeyStore,
  options: { ttlMs?: number; now?: () => number } = {},
): CachedVerify {
  const ttlMs = options.ttlMs ?? API_KEY_CACHE_TTL_MS;
  const now = options.now ?? Date.now;
  const answers = new Map<string, { check: Promise<ApiKeyCheck>; at: number }>();
  return (key) => {
    const id = hashApiKey(key);
    const cached = answers.get(id);
    if (cached && now() - cached.at < ttlMs) return cached.check;
    answers.delete(id);
    if (answers.size >= MAX_ENTRIES) answers.delete(answers.keys().next().value!);
    // Concurrent requests with one key share the lookup; a failed lookup is not remembered.
    const check = apiKeys.verify(key);
    answers.set(id, { check, at: now() });
    check.catch(() => answers.delete(id));
    return check;
  };
}
