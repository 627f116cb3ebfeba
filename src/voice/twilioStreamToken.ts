import { createHmac, randomUUID } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';

/**
 * What a Twilio media stream may do, decided by the voice webhook that answered the call. The stream's
 * own handshake signature covers only the bare stream URL (the same value for every call), so it proves
 * "Twilio", not "this call": everything call-specific travels in this token instead.
 */
export type StreamClaims = {
  callSid: string;
  graph: string;
  /** The tenant the call's conversation belongs to (the number's, see twilioTenants.ts). */
  tenant: string | null;
  /** An existing conversation the call continues; null for a new one. */
  conversation: string | null;
  from: string | null;
  /** The call's pipeline when the webhook was asked for one (`?pipeline=`); else the graph's or the server's. */
  pipeline?: 'realtime' | 'cascaded';
};

export type StreamTokenProblem = 'missing' | 'invalid' | 'expired' | 'other_call' | 'reused';

export type StreamTokenCheck =
  | { ok: true; claims: StreamClaims }
  | { ok: false; problem: StreamTokenProblem; message: string };

/** Twilio opens the stream right after it reads the TwiML: a minute covers slow networks and retries. */
export const STREAM_TOKEN_TTL_MS = 60_000;

const ISSUER = 'switchboard';
const AUDIENCE = 'switchboard:twilio-media';

/**
 * The signing key, derived from the Twilio auth token rather than being it: the token signs Twilio's
 * requests with HMAC-SHA1, and one secret should not key two schemes directly.
 */
function keyOf(authToken: string): Uint8Array {
  return new Uint8Array(
    createHmac('sha256', authToken).update('switchboard twilio stream token v1').digest(),
  );
}

/** An HS256 JWT bound to the call; `now` is for tests that need a token issued in the past. */
export async function issueStreamToken(
  authToken: string,
  claims: StreamClaims,
  options: { ttlMs?: number; now?: number } = {},
): Promise<string> {
  const now = options.now ?? Date.now();
  const ttlMs = options.ttlMs ?? STREAM_TOKEN_TTL_MS;
  const pipeline = claims.pipeline ? { p: claims.pipeline } : {};
  return new SignJWT({
    g: claims.graph,
    t: claims.tenant,
    c: claims.conversation,
    f: claims.from,
    ...pipeline,
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject(claims.callSid)
    .setJti(randomUUID())
    .setIssuedAt(Math.floor(now / 1000))
    .setExpirationTime(Math.floor((now + ttlMs) / 1000))
    .sign(keyOf(authToken));
}

const nullableString = (value: unknown): string | null | undefined =>
  value === null ? null : typeof value === 'string' ? value : undefined;

/**
 * Checks a stream's token against the CallSid its `start` message names, and spends it: a token opens
 * one stream, once. Spent tokens are remembered until they expire (in this process: with several
 * `serve` processes behind one number, a replay could reach another process — the CallSid binding
 * and the short lifetime still hold there).
 */
export class StreamTokens {
  private readonly spent = new Map<string, number>();

  async check(
    authToken: string,
    token: string | undefined,
    callSid: string | undefined,
  ): Promise<StreamTokenCheck> {
    if (!token) return { ok: false, problem: 'missing', message: 'stream token missing' };
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, keyOf(authToken), {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
        requiredClaims: ['sub', 'jti', 'exp'],
      }));
    } catch (error) {
      if (error instanceof errors.JWTExpired)
        return { ok: false, problem: 'expired', message: 'stream token expired' };
      return { ok: false, problem: 'invalid', message: 'stream token invalid' };
    }
    const claims = {
      callSid: payload.sub,
      graph: payload.g,
      tenant: nullableString(payload.t),
      conversation: nullableString(payload.c),
      from: nullableString(payload.f),
      ...(payload.p === 'realtime' || payload.p === 'cascaded' ? { pipeline: payload.p } : {}),
    };
    if (
      typeof claims.callSid !== 'string' ||
      typeof claims.graph !== 'string' ||
      claims.tenant === undefined ||
      claims.conversation === undefined ||
      claims.from === undefined
    )
      return { ok: false, problem: 'invalid', message: 'stream token invalid' };
    if (!callSid || callSid !== claims.callSid)
      return { ok: false, problem: 'other_call', message: 'stream token belongs to another call' };
    const jti = String(payload.jti);
    const now = Date.now();
    for (const [id, expiresAt] of this.spent) if (expiresAt <= now) this.spent.delete(id);
    if (this.spent.has(jti)) return { ok: false, problem: 'reused', message: 'stream token already used' };
    this.spent.set(jti, Number(payload.exp) * 1000);
    return { ok: true, claims: claims as StreamClaims };
  }
}
