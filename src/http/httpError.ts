import type { ZodError } from 'zod';

/**
 * The HTTP error every route throws, and the request parsing that throws it. Below the server, the
 * voice and the telephony routes, which all answer with it; the server's error handler
 * (server/errors.ts) turns it into the API's error body.
 */

/** An error that already knows its HTTP status (auth, rate limit, request validation). */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly param: string | null = null,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** `messages.2.role` → `messages[2].role`: the way people write a field path. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** Parses one part of a request (body, query, path) or throws a 400 naming the offending field. */
export function parseRequest<T>(
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: ZodError } },
  value: unknown,
  part: 'body' | 'query' | 'path',
): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues;
  const described = issues.map((issue) => {
    const where = fieldPath(issue.path);
    return where ? `${where}: ${issue.message}` : `${part}: ${issue.message}`;
  });
  throw new HttpError(
    400,
    `invalid ${part}: ${described.join('; ')}`,
    fieldPath(issues[0]?.path ?? []) || null,
  );
}
