import type { FastifyInstance } from 'fastify';
import { computeAnalytics } from '../../../src/analytics/computeAnalytics.ts';
import type { ServerContext } from '../../../src/server/context.ts';
import { traceStoreFor } from '../../../src/store/traceStore.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * Test-only stand-ins for the two read endpoints the dashboard's trace and analytics pages use, for
 * as long as the server does not serve them itself: GET /v1/analytics (computeAnalytics as it is) and
 * GET /v1/conversations/:id/traces (the trace store's records with their spans, dates as ISO). Each
 * is added only when the app lacks the route, so the real ones take over as soon as they exist.
 * Open access only (no tenant filtering): the dashboard tests run without API keys.
 */
export function addMissingReadEndpoints(app: FastifyInstance, ctx: ServerContext): string[] {
  const added: string[] = [];
  if (!app.hasRoute({ method: 'GET', url: '/v1/analytics' })) {
    app.get('/v1/analytics', async (request) => {
      const q = request.query as Record<string, string | undefined>;
      return computeAnalytics(ctx.store, { graph: q.graph, since: q.since, until: q.until, tenant: null });
    });
    added.push('GET /v1/analytics');
  }
  if (!app.hasRoute({ method: 'GET', url: '/v1/conversations/:id/traces' })) {
    app.get('/v1/conversations/:id/traces', async (request, reply) => {
      const { id } = request.params as { id: string };
      if (!(await ctx.store.getConversation(id)))
        return reply
          .code(404)
          .send({ error: { type: 'not_found_error', message: `conversation ${id}`, param: null } });
      const traces = await traceStoreFor(ctx.store);
      const records = await traces.listTraces(id);
      return {
        data: await Promise.all(
          records.map(async (t) => ({
            ...t,
            startedAt: t.startedAt.toISOString(),
            endedAt: t.endedAt.toISOString(),
            spans: (await traces.listSpans(t.traceId)).map((s) => ({
              ...s,
              startedAt: iso(s.startedAt),
              endedAt: iso(s.endedAt),
            })),
          })),
        ),
      };
    });
    added.push('GET /v1/conversations/:id/traces');
  }
  return added;
}
