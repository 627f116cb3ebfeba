import { randomUUID } from 'node:crypto';
import websocket from '@fastify/websocket';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import type { Switchboard } from '../runtime/switchboard.ts';
import { type ApiKeyStore, apiKeyStoreFor } from '../store/apiKeys.ts';
import type { ConversationStore } from '../store/types.ts';
import { flushTracing } from '../tracing/tracingSetup.ts';
import { type Caller, createAuthenticator } from './auth.ts';
import { createServerContext, type ServerContext } from './context.ts';
import { errorBody, HttpError, installErrorHandling, loggableError } from './errors.ts';
import { installInputHygiene } from './inputHygiene.ts';
import { LiveHub, registerLiveRoute } from './live.ts';
import { buildOpenApiDocument } from './openapi.ts';
import { DEFAULT_RATE_LIMIT, RateLimiter, type RateLimitOptions } from './rateLimit.ts';
import { registerAnalyticsRoutes } from './routes/analytics.ts';
import { registerApprovalRoutes } from './routes/approvals.ts';
import { registerConversationRoutes } from './routes/conversations.ts';
import { registerGraphRoutes } from './routes/graphs.ts';
import { registerHealthRoutes } from './routes/health.ts';
import { registerOpenAICompatRoutes } from './routes/openaiCompat.ts';
import { registerOperatorRoutes } from './routes/operator.ts';

export const DEFAULT_BODY_LIMIT = 256 * 1024;

export type BuildServerOptions = {
  /** The graphs to serve, all over `store`. Keyed by graph name. */
  graphs: Iterable<Switchboard>;
  store: ConversationStore;
  /** Defaults to the store's own key table. */
  apiKeys?: ApiKeyStore;
  /** Largest request body in bytes (413 above). */
  bodyLimit?: number;
  /** Per key (or per client address when access is open); `false` turns it off. */
  rateLimit?: RateLimitOptions | false;
  /** How often "no API keys yet" is re-checked, in ms (see createAuthenticator). */
  keysRecheckMs?: number;
  /** Pino level (`info`, `warn`…); no logging when omitted. */
  logLevel?: string;
  /** Where log lines go (default stdout). */
  logStream?: { write(line: string): void };
};

/**
 * The app (not ready yet: more plugins may be registered, e.g. the dashboard) and its context. Not the
 * bare instance: a Fastify instance is thenable, so returning it from an async function would boot it.
 */
export type SwitchboardServer = { app: FastifyInstance; context: ServerContext };

/** Keys never reach the logs: not from the Authorization header (never logged), not from `?key=`. */
export const redactKey = (url: string) => url.replace(/([?&]key=)[^&]*/gi, '$1[redacted]');

/**
 * The HTTP API over a set of graphs: conversations (JSON and SSE), live WebSocket events, operator
 * takeover, graphs, an OpenAI-compatible endpoint, health and /openapi.json. Does not listen: tests
 * use `inject` or `listen({ port: 0 })`. `close()` stops accepting, lets running turns finish and
 * detaches from the graphs; the caller closes the store it opened.
 */
export async function buildServer(options: BuildServerOptions): Promise<SwitchboardServer> {
  const graphs = new Map<string, Switchboard>();
  for (const sb of options.graphs) {
    if (graphs.has(sb.graph.name)) throw new Error(`graph "${sb.graph.name}" is given twice`);
    if (sb.store !== options.store) throw new Error(`graph "${sb.graph.name}" runs on another store`);
    graphs.set(sb.graph.name, sb);
  }
  if (graphs.size === 0) throw new Error('buildServer needs at least one graph');

  const app = Fastify({
    logger: options.logLevel
      ? {
          level: options.logLevel,
          ...(options.logStream ? { stream: options.logStream } : {}),
          serializers: {
            err: (error: Error) => loggableError(error) as { type: string; message: string; stack: string },
            req: (req: { method: string; url: string; id: string }) => ({
              method: req.method,
              url: redactKey(req.url),
              reqId: req.id,
            }),
          },
        }
      : false,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    genReqId: () => `req_${randomUUID().replaceAll('-', '').slice(0, 16)}`,
    requestIdHeader: false,
    // A URL that does not decode (`/v1/conversations/%ff`) is refused by the router itself: same error shape.
    frameworkErrors: (error, request, reply) => {
      reply.code(400 as never).send(errorBody(400, error.message, null, request.id) as never);
    },
  });
  const hub = new LiveHub(graphs.values());
  const ctx = createServerContext(graphs, options.store, hub);
  const authenticate = createAuthenticator(options.apiKeys ?? (await apiKeyStoreFor(options.store)), {
    recheckMs: options.keysRecheckMs,
  });
  const limiter =
    options.rateLimit === false ? null : new RateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT);

  installErrorHandling(app);
  installInputHygiene(app);
  app.decorateRequest('caller', null as unknown as Caller);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  // Turns outlive their requests (a client may hang up mid-stream): close waits for every one.
  app.addHook('onClose', async () => {
    await ctx.drain();
    hub.close();
    await flushTracing(); // the last OTLP batch leaves before `serve` exits
  });
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });

  registerHealthRoutes(app, ctx);
  const openapi = buildOpenApiDocument({ version: '0.1.0', graphs: [...graphs.keys()] });
  app.get('/openapi.json', async () => openapi);

  await app.register(
    async (v1) => {
      v1.addHook('onRequest', async (request, reply) => {
        request.caller = await authenticate(request);
        if (!limiter) return;
        const decision = limiter.hit(request.caller.keyId ?? `addr:${request.ip}`);
        reply.header('x-ratelimit-limit', decision.limit);
        reply.header('x-ratelimit-remaining', decision.remaining);
        if (!decision.allowed)
          throw new HttpError(429, `rate limit of ${decision.limit} requests exceeded; retry later`, null, {
            'retry-after': String(decision.resetSeconds),
          });
      });
      registerConversationRoutes(v1, ctx);
      registerLiveRoute(v1, ctx);
      registerOperatorRoutes(v1, ctx);
      registerGraphRoutes(v1, ctx);
      registerOpenAICompatRoutes(v1, ctx);
      registerAnalyticsRoutes(v1, ctx);
      registerApprovalRoutes(v1, ctx);
    },
    { prefix: '/v1' },
  );

  return { app, context: ctx };
}
