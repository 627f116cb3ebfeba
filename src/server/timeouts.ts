/**
 * Limits on slow clients. Without them a client could hold a connection forever by trickling a
 * request (one byte of body every few seconds) or by never finishing its headers, and a few hundred
 * such clients would exhaust the process. Responses are not limited: a long turn, an event stream
 * or a WebSocket (after its upgrade request) lasts as long as it needs.
 */
export type ServerTimeouts = {
  /** Whole request, headers and body, must arrive within this (Node's `requestTimeout`); then 408. */
  requestMs: number;
  /** Headers must arrive within this (`headersTimeout`); also bounds a WebSocket upgrade request. */
  headersMs: number;
  /** An idle keep-alive connection is closed after this (`keepAliveTimeout`). */
  keepAliveMs: number;
  /** How often Node checks the two request limits: the most a slow client outlives them by. */
  checkIntervalMs: number;
};

export const DEFAULT_TIMEOUTS: ServerTimeouts = {
  requestMs: 30_000,
  headersMs: 10_000,
  // Fastify's default: longer than the 60 s idle timeout of common load balancers, so they close first.
  keepAliveMs: 72_000,
  checkIntervalMs: 1_000,
};
