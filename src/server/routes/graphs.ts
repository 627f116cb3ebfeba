import type { FastifyInstance } from 'fastify';
import { parseRequest } from '../../http/httpError.ts';
import { countHandoffsByEdge } from '../../store/handoffEdges.ts';
import type { ServerContext } from '../context.ts';
import { GraphNameParams } from '../schemas.ts';
import { edgeCounts, graphInfo } from '../views.ts';

/** The served graphs and how their edges are used (the dashboard's graph view). */
export function registerGraphRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/graphs', async () => ({ data: [...ctx.graphs.values()].map((sb) => graphInfo(sb.graph)) }));

  app.get('/graphs/:name', async (request) => {
    const { name } = parseRequest(GraphNameParams, request.params, 'path');
    return graphInfo(ctx.switchboardFor(name).graph);
  });

  app.get('/graphs/:name/edges', async (request) => {
    const { name } = parseRequest(GraphNameParams, request.params, 'path');
    const { graph } = ctx.switchboardFor(name);
    return edgeCounts(graph, await countHandoffsByEdge(ctx.store, graph.name, request.caller.tenant));
  });
}
