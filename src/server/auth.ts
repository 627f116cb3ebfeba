import type { FastifyRequest } from 'fastify';
import { HttpError } from '../http/httpError.ts';
import { cachedVerify } from '../store/apiKeyCache.ts';
import type { ApiKeyStore } from '../store/apiKeys.ts';

/** Who is calling: the tenant their key belongs to (null when access is open) and the key's id. */
export type Caller = { tenant: string | null; keyId: string | null };

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller;
  }
}

const OPEN: Caller = { tenant: null, keyId: null };

const CHALLENGE = { 'www-authenticate': 'Bearer realm="switchboard"' };

/**
 * The key a request presents: `Authorization: Bearer sb_…`, or `?key=` on a WebSocket upgrade only
 * (browsers cannot set headers on a WebSocket; on plain HTTP a key in the URL would end up in logs).
 */
function presentedKey(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) throw new HttpError(401, 'Authorization must be "Bearer <API key>"', null, CHALLENGE);
    return match[1];
  }
  if (request.headers.upgrade?.toLowerCase() === 'websocket') {
    const key = new URL(request.url, 'http://local').searchParams.get('key');
    if (key) return key;
  }
  return null;
}

/**
 * Decides who a request is. Once any API key exists, every request needs a valid one; before that,
 * access is open and everyone is tenant null, whatever bearer they present (the server only starts that
 * way on a loopback address).
 * "Keys exist" is remembered for good once seen; "no keys" is re-checked at most every `recheckMs`,
 * so a key created while the server runs locks it within that time.
 */
export function createAuthenticator(
  apiKeys: ApiKeyStore,
  options: { recheckMs?: number } = {},
): (request: FastifyRequest) => Promise<Caller> {
  const recheckMs = options.recheckMs ?? 1000;
  const verify = cachedVerify(apiKeys); // revocation takes effect within 1 s
  let keysExist = false;
  let checkedAt = Number.NEGATIVE_INFINITY;
  // Requests arriving while the probe runs share it: without this, every request of a busy second
  // started its own (0.44 probes per turn at 200 concurrent conversations, issue #20).
  let probe: Promise<boolean> | null = null;
  const keysRequired = async (): Promise<boolean> => {
    if (keysExist) return true;
    const now = Date.now();
    if (!probe && now - checkedAt >= recheckMs) {
      probe = apiKeys.anyKeys().then(
        (present) => {
          keysExist ||= present;
          checkedAt = now;
          probe = null;
          return keysExist;
        },
        (error) => {
          probe = null; // a failed probe is not remembered: the next request asks again
          throw error;
        },
      );
    }
    return probe ?? keysExist;
  };

  return async (request) => {
    const key = presentedKey(request);
    if (key === null) {
      if (await keysRequired())
        throw new HttpError(401, 'an API key is required: Authorization: Bearer <key>', null, CHALLENGE);
      return OPEN;
    }
    // A real key is checked first, so a key created a moment ago is never mistaken for open access.
    const check = await verify(key);
    if (check.ok) return { tenant: check.apiKey.tenant, keyId: check.apiKey.id };
    if (check.reason === 'revoked') throw new HttpError(403, 'this API key has been revoked');
    // Open access takes any bearer, as local OpenAI-compatible servers do: the official `openai`
    // client refuses to start without some key (`sk-placeholder`, `ollama`, `not-needed`…).
    if (!(await keysRequired())) return OPEN;
    throw new HttpError(401, 'unknown API key', null, CHALLENGE);
  };
}

/** 127.0.0.0/8, ::1 and localhost: addresses nobody else can reach. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return (
    bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare) || bare === '::ffff:127.0.0.1'
  );
}

export class BindRefusedError extends Error {
  constructor(host: string) {
    super(
      `refusing to listen on ${host} without API keys: anyone who can reach it could read every conversation. ` +
        'Create a key first (switchboard keys create --tenant NAME) or bind to 127.0.0.1.',
    );
    this.name = 'BindRefusedError';
  }
}

/** Open access is only acceptable where nobody else can connect. */
export function assertBindAllowed(host: string, keysExist: boolean): void {
  if (!keysExist && !isLoopbackHost(host)) throw new BindRefusedError(host);
}
