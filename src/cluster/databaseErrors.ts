/*
 * Which errors mean "the database is not reachable right now" rather than "this request is wrong" or
 * "we have a bug". The API answers those with 503 + Retry-After; pg's pool reconnects by itself on the
 * next query, so the process recovers when PostgreSQL comes back, without a restart.
 */

/** Socket-level failures reaching the server. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs: class 08 (connection exception), 57P01-57P03 (admin/crash shutdown, cannot connect
 * now, e.g. recovery), 53300 (too many connections).
 */
function isUnavailableSqlState(code: string): boolean {
  return (
    code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03' || code === '53300'
  );
}

/** node-postgres reports some connection losses only in the message text. */
const MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /client has encountered a connection error/i,
  /connection(?: is)? (?:closed|ended)/i,
  /cannot use a pool after calling end/i,
  /query read timeout/i,
];

/** True when `error` (or anything in its `cause` chain: drizzle wraps driver errors) is a lost database. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    if (typeof e !== 'object') return false;
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || isUnavailableSqlState(code))) return true;
    if (e instanceof AggregateError && e.errors.some(isDatabaseUnavailable)) return true;
    if (typeof message === 'string' && MESSAGES.some((m) => m.test(message))) return true;
  }
  return false;
}

export const DATABASE_UNAVAILABLE_MESSAGE = 'the database is unavailable; retry shortly';
