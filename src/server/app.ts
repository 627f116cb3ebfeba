import { randomUUID } from 'node:crypto';
import websocket from '@fastify/websocket';
import Fastify, { type FastifyInstance, type FastifyRequest, LogController } from 'fastify';
import type { Switchboard } from '../runtime/switchboard.ts';
import { type ApiKeyStore, apiKeyStoreFor } from '../store/apiKeys.ts';
import type { ConversationStore } from '../store/types.ts';
import { registerCallsApi } from '../telephony/callsApi.ts';
import { flushTracing } from '../tracing/tracingSetup.ts';
import { type Caller, createAuthenticator } from './auth.ts';
import { createServerContext, type ServerContext } from './context.ts';
import { errorBody, installErrorHandling, loggableError } from './errors.ts';
import { LOOPBACK_NAMES, registerHostAndOriginPolicy } from './hostPolicy.ts';
import { installInputHygiene } from './inputHygiene.ts';
import { KeyRevocationWatcher } from './keyRevocation.ts';
import { LiveHub } from './live.ts';
import { buildOpenApiDocument } from './openapi.ts';
import { DEFAULT_RATE_LIMIT, type RateLimitOptions, registerRateLimit } from './rateLimit.ts';
import { registerAnalyticsRoutes } from './routes/analytics.ts';
import { registerApprovalRoutes } from './routes/approvals.ts';
import { registerConversationRoutes } from './routes/conversations.ts';
import { registerGraphRoutes } from './routes/graphs.ts';
import { registerHealthRoutes } from './routes/health.ts';
import { registerLiveRoute } from './routes/live.ts';
import { registerOpenAICompatRoutes } from './routes/openaiCompat.ts';
import { registerOperatorRoutes } from './routes/operator.ts';
import { registerSecurityHeaders } from './securityHeaders.ts';
import { DEFAULT_TIMEOUTS, type ServerTimeouts } from './timeouts.ts';

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
  /**
   * Host names requests may be addressed to (`Host`) and browser pages they may come from (`Origin`);
   * `*` allows any Host. Default: the loopback names. startServer adds the bound address.
   */
  allowedHosts?: readonly string[];
  /** Slow-client limits (see timeouts.ts); each part defaults to DEFAULT_TIMEOUTS. */
  timeouts?: Partial<ServerTimeouts>;
  /** How often keys of open WebSockets and event streams are re-checked, in ms (revocation latency). */
  revocationCheckMs?: number;
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
export type SwitchboardServer = {
  app: FastifyInstance;
  context: ServerContext;
  /** The API's authentication, for routes registered later (the browser voice call): same keys, and its WebSockets are closed on revocation too. */
  authenticate: (request: FastifyRequest) => Promise<Caller>;
};

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

  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
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
    requestTimeout: timeouts.requestMs,
    keepAliveTimeout: timeouts.keepAliveMs,
    http: {
      headersTimeout: timeouts.headersMs,
      // Node checks the two limits above on this interval (30 s by default): a trickling client
      // would otherwise outlive its limit by up to that long.
      connectionsCheckingInterval: timeouts.checkIntervalMs,
    },
    genReqId: () => `req_${randomUUID().replaceAll('-', '').slice(0, 16)}`,
    requestIdHeader: false,
    // A URL that does not decode (`/v1/conversations/%ff`) is refused by the router itself: same error shape.
    frameworkErrors: (error, request, reply) => {
      reply.code(400 as never).send(errorBody(400, error.message, null, request.id) as never);
    },
  });
  const hub = new LiveHub(graphs.values());
  const ctx = createServerContext(graphs, options.store, hub);
  const apiKeys = options.apiKeys ?? (await apiKeyStoreFor(options.store));
  const revocations = new KeyRevocationWatcher(apiKeys, options.revocationCheckMs);
  const checkKey = createAuthenticator(apiKeys, { recheckMs: options.keysRecheckMs });
  const authenticate = async (request: FastifyRequest): Promise<Caller> => {
    const caller = await checkKey(request);
    revocations.noteKey(request.raw, caller.keyId);
    return caller;
  };

  installErrorHandling(app);
  installInputHygiene(app);
  app.decorateRequest('caller', null as unknown as Caller);
  app.decorate('keyRevocations', revocations);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  // First, so refusals carry the headers too.
  await registerSecurityHeaders(app);
  // Before the policy hooks: a refused upgrade's socket is destroyed by the plugin only when its
  // own onRequest hook (which marks the request as a WebSocket one) has run.
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
  revocations.watchWebSockets(app.websocketServer);
  await registerHostAndOriginPolicy(app, options.allowedHosts ?? LOOPBACK_NAMES);
  // Turns outlive their requests (a client may hang up mid-stream): close waits for every one.
  app.addHook('onClose', async () => {
    await ctx.drain();
    hub.close();
    revocations.close();
    await flushTracing(); // the last OTLP batch leaves before `serve` exits
  });

  registerHealthRoutes(app, ctx);
  const openapi = buildOpenApiDocument({ version: '0.1.0', graphs: [...graphs.keys()] });
  app.get('/openapi.json', async () => openapi);

  await app.register(
    async (v1) => {
      v1.addHook('onRequest', async (request) => {
        request.caller = await authenticate(request);
      });
      if (options.rateLimit !== false) await registerRateLimit(v1, options.rateLimit ?? DEFAULT_RATE_LIMIT);
      registerConversationRoutes(v1, ctx);
      registerLiveRoute(v1, ctx);
      registerOperatorRoutes(v1, ctx);
      registerGraphRoutes(v1, ctx);
      registerOpenAICompatRoutes(v1, ctx);
      registerAnalyticsRoutes(v1, ctx);
      registerApprovalRoutes(v1, ctx);
      registerCallsApi(v1, {
        path: '/calls',
        graphs: ctx.graphs,
        placer: () => ctx.calls,
        authenticate: async (request) => request.caller,
      });
    },
    { prefix: '/v1' },
  );

  return { app, context: ctx, authenticate };
}
