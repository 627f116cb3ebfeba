import type { FastifyInstance } from 'fastify';
import { pendingMigrations } from '../../store/migrations.ts';
import { sqlDatabaseOf } from '../../store/sqlHandle.ts';
import type { ServerContext } from '../context.ts';

/**
 * /healthz: the process answers. /readyz: the database answers and every migration is applied, so a
 * load balancer only sends traffic to an instance that can commit turns.
 */
export function registerHealthRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/healthz', async () => ({
    status: 'ok' as const,
    uptimeSeconds: Math.round((Date.now() - ctx.startedAt) / 1000),
  }));

  app.get('/readyz', async (_request, reply) => {
    const store = ctx.store.kind;
    try {
      const db = await sqlDatabaseOf(ctx.store);
      const pending = db ? (await pendingMigrations(db)).map((m) => m.version) : [];
      if (pending.length > 0)
        return reply
          .code(503)
          .send({ status: 'not_ready', store, pendingMigrations: pending, reason: 'migrations pending' });
      return { status: 'ready', store, pendingMigrations: [] };
    } catch (error) {
      reply.log.warn({ err: error }, 'readiness check failed');
      return reply
        .code(503)
        .send({ status: 'not_ready', store, pendingMigrations: [], reason: 'database unreachable' });
    }
  });
}
