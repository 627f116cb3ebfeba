import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '../cluster/databaseErrors.ts';
import { GraphNotFoundError } from '../graph/graphValidation.ts';
import { fieldPath, HttpError } from '../http/httpError.ts';
import {
  ApprovalConflictError,
  ConversationBusyError,
  InputError,
  TurnAlreadyCommittedError,
} from '../runtime/switchboard.ts';
import { ApiKeyInputError } from '../store/apiKeys.ts';
import { StoreBusyError } from '../store/storeBusy.ts';
import { ConcurrentTurnError, NotFoundError } from '../store/types.ts';

/**
 * Every error body the server sends: `{ error: { type, message, param, requestId } }`. The shape is
 * OpenAI's, so OpenAI clients pointed at the server surface our messages as they would theirs.
 */
export type ErrorType =
  | 'invalid_request_error'
  | 'authentication_error'
  | 'permission_error'
  | 'not_found_error'
  | 'conflict_error'
  | 'request_too_large'
  | 'rate_limit_error'
  | 'server_error'
  | 'unavailable';

export type ErrorBody = {
  error: { type: ErrorType; message: string; param: string | null; requestId: string };
};

const TYPE_BY_STATUS: Record<number, ErrorType> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  403: 'permission_error',
  404: 'not_found_error',
  409: 'conflict_error',
  413: 'request_too_large',
  429: 'rate_limit_error',
  503: 'unavailable',
};

function classify(error: unknown): { status: number; message: string; param: string | null } {
  if (error instanceof HttpError)
    return { status: error.statusCode, message: error.message, param: error.param };
  if (error instanceof ZodError) {
    const first = error.issues[0];
    return { status: 400, message: error.message, param: first ? fieldPath(first.path) || null : null };
  }
  if (error instanceof NotFoundError || error instanceof GraphNotFoundError)
    return { status: 404, message: error.message, param: null };
  if (error instanceof TurnAlreadyCommittedError)
    return { status: 409, message: error.message, param: 'expectedTurn' };
  if (
    error instanceof ConversationBusyError ||
    error instanceof ConcurrentTurnError ||
    error instanceof ApprovalConflictError
  )
    return { status: 409, message: error.message, param: null };
  if (error instanceof InputError || error instanceof ApiKeyInputError)
    return { status: 400, message: error.message, param: null };
  // Overload on a healthy database: shed before the turn started; the client should retry.
  if (error instanceof StoreBusyError) return { status: 503, message: error.message, param: null };
  // PostgreSQL down or unreachable: the client should retry, and pg reconnects once it is back.
  if (isDatabaseUnavailable(error))
    return { status: 503, message: DATABASE_UNAVAILABLE_MESSAGE, param: null };
  const fastifyError = error as Partial<FastifyError>;
  if (fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || fastifyError.statusCode === 413)
    return { status: 413, message: 'request body is larger than the server accepts', param: null };
  // Fastify's own client errors (malformed JSON, unsupported media type…) keep their status and text.
  const status = fastifyError.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500)
    return { status, message: fastifyError.message ?? 'bad request', param: null };
  return { status: 500, message: 'internal error', param: null };
}

export function errorBody(
  status: number,
  message: string,
  param: string | null,
  requestId: string,
): ErrorBody {
  // Any other 4xx (415 unsupported media type, 405…) is the client's error, never a server_error.
  const type = TYPE_BY_STATUS[status] ?? (status < 500 ? 'invalid_request_error' : 'server_error');
  return { error: { type, message, param, requestId } };
}

const SQL_PARAMS = /\nparams: [\s\S]*?(?=\n\s+at |$)/;

/**
 * An error as it may be logged: its type, message, stack, code and cause, nothing else. A database
 * error's message and stack carry the query's parameters (a customer's words, their context): cut.
 * A WebSocket ErrorEvent carries its socket, whose request holds the `Authorization` header (the
 * OpenAI key of a Realtime call): only the wrapped error is kept. Idempotent, so it is also the
 * logger's `err` serializer.
 */
export function loggableError(error: unknown, depth = 0): unknown {
  if (error === null || typeof error !== 'object') return error;
  const e = error as {
    type?: unknown;
    message?: unknown;
    stack?: unknown;
    code?: unknown;
    cause?: unknown;
    error?: unknown;
  };
  if (!(error instanceof Error) && e.error instanceof Error) return loggableError(e.error, depth);
  const strip = (text: unknown) =>
    typeof text === 'string' ? text.replace(SQL_PARAMS, '\nparams: [redacted]') : undefined;
  const type =
    error instanceof Error
      ? error.constructor.name
      : typeof e.type === 'string'
        ? e.type
        : error.constructor?.name;
  return {
    type,
    message: strip(e.message) ?? '',
    stack: strip(e.stack),
    code: typeof e.code === 'string' || typeof e.code === 'number' ? e.code : undefined,
    cause: e.cause === undefined || depth >= 3 ? undefined : loggableError(e.cause, depth + 1),
  };
}

/**
 * The client hung up before its request was fully received. Node reports that as `aborted` /
 * ECONNRESET, the same code a lost database connection has, so the request itself is asked: a
 * database failure happens after the body arrived (`complete`), a client abort before.
 */
export function isClientAbort(error: unknown, request: FastifyRequest): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const abortLike = code === 'ECONNRESET' || code === 'ECONNABORTED' || message === 'aborted';
  return abortLike && !request.raw.complete;
}

/**
 * Maps any error to its status and body. 500s get a generic message with the request id; the error
 * itself is logged without the request (no body, no headers: no personal data, no credentials).
 */
export function describeError(
  error: unknown,
  request: FastifyRequest,
): { status: number; body: ErrorBody; headers: Record<string, string> } {
  if (isClientAbort(error, request)) {
    // Nobody is left to answer, and nothing is wrong here: not worth more than a debug line.
    request.log.debug({ reqId: request.id, route: request.routeOptions?.url }, 'client aborted the request');
    return { status: 400, body: errorBody(400, 'client aborted the request', null, request.id), headers: {} };
  }
  const { status, message, param } = classify(error);
  if (status === 503) {
    request.log.warn({ reqId: request.id, route: request.routeOptions?.url }, message);
    return {
      status,
      body: errorBody(status, message, null, request.id),
      headers: { 'retry-after': '2', ...(error instanceof HttpError ? error.headers : {}) },
    };
  }
  if (status >= 500) {
    request.log.error(
      { err: loggableError(error), reqId: request.id, route: request.routeOptions?.url },
      'request failed',
    );
    return {
      status,
      body: errorBody(status, `internal error (request id ${request.id})`, null, request.id),
      headers: {},
    };
  }
  return {
    status,
    body: errorBody(status, message, param, request.id),
    headers: error instanceof HttpError ? error.headers : {},
  };
}

/** The one error handler of the app, plus the same shape for unknown routes. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply: FastifyReply) => {
    const { status, body, headers } = describeError(error, request);
    return reply.code(status).headers(headers).send(body);
  });
  app.setNotFoundHandler((request, reply) =>
    reply
      .code(404)
      .send(errorBody(404, `no route ${request.method} ${request.url.split('?')[0]}`, null, request.id)),
  );
}
