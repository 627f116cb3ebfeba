import type { FastifyInstance } from 'fastify';
import { HttpError, parseRequest } from '../../http/httpError.ts';
import type { ServerContext } from '../context.ts';
import { ConversationIdParams, HandbackBody, InboxQuery, OperatorMessageBody } from '../schemas.ts';
import { conversationSummary } from '../views.ts';

/**
 * Human takeover: the inbox of conversations parked with the Human node, the operator's reply, and
 * the handback to an agent. Read the whole history with GET /v1/conversations/:id.
 */
export function registerOperatorRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/inbox', async (request) => {
    const query = parseRequest(InboxQuery, request.query, 'query');
    if (query.graph !== undefined) ctx.switchboardFor(query.graph);
    const rows = await ctx.store.listConversations({
      graph: query.graph,
      status: 'awaiting_human',
      tenant: request.caller.tenant,
      limit: query.limit,
    });
    return { data: rows.map(conversationSummary) };
  });

  app.post('/conversations/:id/operator-messages', async (request) => {
    const { id } = parseRequest(ConversationIdParams, request.params, 'path');
    const body = parseRequest(OperatorMessageBody, request.body, 'body');
    const { sb } = await ctx.conversationFor(request, id);
    return conversationSummary(await ctx.track(sb.operatorReply(id, body.text, body.operator)));
  });

  app.post('/conversations/:id/handback', async (request) => {
    const { id } = parseRequest(ConversationIdParams, request.params, 'path');
    const body = parseRequest(HandbackBody, request.body, 'body');
    const { sb } = await ctx.conversationFor(request, id);
    const target = sb.graph.byName.get(body.agent);
    if (!target || target.human) {
      const agents = sb.graph.agents.filter((a) => !a.human).map((a) => a.name);
      throw new HttpError(
        400,
        `invalid body: agent: "${body.agent}" is not an agent of graph ${sb.graph.name} (${agents.join(', ')})`,
        'agent',
      );
    }
    return conversationSummary(await ctx.track(sb.handBack(id, body.agent, body.reason)));
  });
}
