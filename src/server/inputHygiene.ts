import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from '../http/httpError.ts';

/** Deeper than this, a request is refused rather than walked (no legitimate body nests this far). */
const MAX_DEPTH = 64;

/** A UTF-16 surrogate half without its partner (what `String#isWellFormed`, ES2024, looks for). */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why a string cannot be stored: PostgreSQL text and jsonb refuse NUL (`\u0000`), and a lone UTF-16
 * surrogate is not Unicode at all (jsonb rejects it, and it cannot be encoded as UTF-8 for a client).
 */
export function unstorableReason(text: string): string | null {
  if (text.includes('\u0000')) return 'must not contain NUL (\\u0000) characters';
  if (LONE_SURROGATE.test(text)) return 'must be well-formed Unicode (it contains a lone surrogate)';
  return null;
}

type Found = { path: string; reason: string };

/** The first string (or object key) in `value` that cannot be stored, with its field path. Iterative. */
export function findUnstorable(value: unknown, root: string): Found | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: root, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, path, depth } = stack.pop()!;
    if (typeof current === 'string') {
      const reason = unstorableReason(current);
      if (reason) return { path, reason };
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (depth >= MAX_DEPTH) return { path, reason: `nests deeper than ${MAX_DEPTH} levels` };
    if (Array.isArray(current)) {
      for (const [i, v] of current.entries())
        stack.push({ value: v, path: `${path}[${i}]`, depth: depth + 1 });
      continue;
    }
    for (const [key, v] of Object.entries(current)) {
      const where = path ? `${path}.${key}` : key;
      const keyReason = unstorableReason(key);
      if (keyReason) return { path: where, reason: `key ${keyReason}` };
      stack.push({ value: v, path: where, depth: depth + 1 });
    }
  }
  return null;
}

function check(request: FastifyRequest): void {
  const parts = [
    ['path', request.params],
    ['query', request.query],
    ['body', request.body],
  ] as const;
  for (const [part, value] of parts) {
    const found = findUnstorable(value, '');
    if (found)
      throw new HttpError(400, `invalid ${part}: ${found.path || part}: ${found.reason}`, found.path || null);
  }
}

/**
 * Refuses, with a 400 naming the field, any request whose path, query or body carries a string the
 * database cannot store: before this, such text reached PostgreSQL/PGlite and came back as a 500
 * (found by the HTTP fuzz test). One hook for every route, so a new route is covered without thought.
 */
export function installInputHygiene(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => check(request));
}
