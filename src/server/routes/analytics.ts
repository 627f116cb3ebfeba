import type { FastifyInstance } from 'fastify';
import type { ZodType } from 'zod';
import { computeAnalytics, conversationAnalyticsFor } from '../../analytics/computeAnalytics.ts';
import { parseSince } from '../../analytics/timeRange.ts';
import { HttpError, parseRequest } from '../../http/httpError.ts';
import { type SpanRecord, type TraceRecord, traceStoreFor } from '../../store/traceStore.ts';
import { NotFoundError } from '../../store/types.ts';
import type { ServerContext } from '../context.ts';
import { ConversationIdParams } from '../schemas.ts';
import * as A from './analyticsSchemas.ts';

/** OpenAPI components and operations of these routes, merged into the document by openapi.ts. */
export const ANALYTICS_COMPONENTS: [string, ZodType, 'input' | 'output'][] = [
  ['AnalyticsSummary', A.AnalyticsSummary, 'output'],
  ['ConversationAnalytics', A.ConversationAnalytics, 'output'],
  ['ConversationAnalysis', A.ConversationAnalysis, 'output'],
  ['TraceList', A.TraceList, 'output'],
];

const ERRORS = { 400: 'Error', 401: 'Error', 403: 'Error', 404: 'Error', 429: 'Error' };

export const ANALYTICS_OPERATIONS = [
  {
    method: 'get' as const,
    path: '/v1/analytics',
    summary:
      "Aggregates over the caller's conversations created in [since, until) on a graph: handoffs per edge, loop-cap and ping-pong trips, escalations to Human, p50/p95 turn latency, tokens and cost, sentiment distribution",
    tag: 'analytics',
    query: A.AnalyticsQuery,
    responses: { 200: 'AnalyticsSummary', ...ERRORS },
  },
  {
    method: 'get' as const,
    path: '/v1/conversations/{id}/analytics',
    summary:
      'One conversation: handoff trail, agents visited, tool calls, turns, duration, tokens, cost, per-turn latency, policy trips and its analysis',
    tag: 'analytics',
    responses: { 200: 'ConversationAnalytics', ...ERRORS },
  },
  {
    method: 'post' as const,
    path: '/v1/conversations/{id}/analysis',
    summary:
      'Score sentiment (-1..1) and lead (0..100) with reasons now, by the configured LLM or the lexical scorer; stored with the conversation (also done when it ends)',
    tag: 'analytics',
    responses: { 200: 'ConversationAnalysis', ...ERRORS },
  },
  {
    method: 'get' as const,
    path: '/v1/conversations/{id}/traces',
    summary:
      'The stored traces of a conversation, one per turn, each with its spans (agent, model calls, tools, handoffs, guardrails, routing decisions, policy trips)',
    tag: 'analytics',
    responses: { 200: 'TraceList', ...ERRORS },
  },
];

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

function traceJson(trace: TraceRecord, spans: SpanRecord[]) {
  return {
    ...trace,
    startedAt: trace.startedAt.toISOString(),
    endedAt: trace.endedAt.toISOString(),
    spans: spans.map((s) => ({ ...s, startedAt: iso(s.startedAt), endedAt: iso(s.endedAt) })),
  };
}

/**
 * Analytics and traces over the HTTP API. Everything is scoped to the caller's tenant: aggregates
 * count only its conversations, and another tenant's conversation is a 404 like a missing one.
 */
export function registerAnalyticsRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/analytics', async (request) => {
    const query = parseRequest(A.AnalyticsQuery, request.query, 'query');
    if (query.graph !== undefined) ctx.switchboardFor(query.graph);
    const now = new Date();
    const since = query.since === undefined ? undefined : parseSince(query.since, now);
    const until = query.until === undefined ? now : parseSince(query.until, now);
    if (since && since >= until)
      throw new HttpError(400, 'invalid query: since must be before until', 'since');
    return computeAnalytics(ctx.store, { graph: query.graph, since, until, tenant: request.caller.tenant });
  });

  app.get('/conversations/:id/analytics', async (request) => {
    const { id } = parseRequest(ConversationIdParams, request.params, 'path');
    await ctx.conversationFor(request, id);
    const analytics = await conversationAnalyticsFor(ctx.store, id);
    if (!analytics) throw new NotFoundError(`conversation ${id}`);
    return analytics;
  });

  app.post('/conversations/:id/analysis', async (request) => {
    const { id } = parseRequest(ConversationIdParams, request.params, 'path');
    const { sb } = await ctx.conversationFor(request, id);
    // An LLM analysis can take seconds: shutdown waits for it like for a turn.
    return ctx.track(sb.analyze(id));
  });

  app.get('/conversations/:id/traces', async (request) => {
    const { id } = parseRequest(ConversationIdParams, request.params, 'path');
    await ctx.conversationFor(request, id);
    const traces = await traceStoreFor(ctx.store);
    const records = await traces.listTraces(id);
    return {
      data: await Promise.all(records.map(async (t) => traceJson(t, await traces.listSpans(t.traceId)))),
    };
  });
}
