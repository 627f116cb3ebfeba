import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { parseRequest } from '../../http/httpError.ts';
import type { TurnResult } from '../../runtime/runTurn.ts';
import type { Switchboard } from '../../runtime/switchboard.ts';
import type { TurnEvent } from '../../runtime/turnState.ts';
import type { ServerContext } from '../context.ts';
import { describeError } from '../errors.ts';
import {
  ConversationIdParams,
  CreateConversationBody,
  ListConversationsQuery,
  SendMessageBody,
} from '../schemas.ts';
import { EventStream, startEventSource, wantsEventStream } from '../sse.ts';
import { conversationDetail, conversationSummary, turnResponse } from '../views.ts';

/** Runtime events → the server-sent events of the messages endpoint; other events stay internal. */
export function streamEventOf(event: TurnEvent): { name: string; data: unknown } | null {
  switch (event.type) {
    case 'text.delta':
      return { name: 'delta', data: event.data };
    case 'handoff': {
      const { from, to, reason, intent, kind } = event.data;
      return { name: 'handoff', data: { from, to, reason, intent, kind } };
    }
    case 'tool.call': {
      const { agent, tool, callId, arguments: args } = event.data;
      return { name: 'tool_call', data: { agent, tool, callId, arguments: args } };
    }
    case 'tool.result': {
      const { agent, tool, callId, result, replayed } = event.data;
      return { name: 'tool_result', data: { agent, tool, callId, result, replayed } };
    }
    default:
      return null;
  }
}

export function registerConversationRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post('/conversations', async (request, reply) => {
    const body = parseRequest(CreateConversationBody, request.body, 'body');
    const sb = ctx.switchboardFor(body.graph);
    // Validated here too (the runtime checks again) so a bad field is named with its full path.
    const { context } = parseRequest(
      z.object({ context: sb.graph.contextSchema }),
      { context: body.context ?? {} },
      'body',
    );
    const record = await sb.createConversation({ context, tenant: request.caller.tenant });
    ctx.rememberConversation(record);
    return reply.code(201).send(conversationSummary(record));
  });

  app.get('/conversations', async (request) => {
    const query = parseRequest(ListConversationsQuery, request.query, 'query');
    if (query.graph !== undefined) ctx.switchboardFor(query.graph);
    const rows = await ctx.store.listConversations({
      graph: query.graph,
      status: query.status,
      tenant: request.caller.tenant,
      limit: query.limit,
    });
    return { data: rows.map(conversationSummary) };
  });

  app.get('/conversations/:id', async (request) => {
    const { id } = parseRequest(ConversationIdParams, request.params, 'path');
    const { record } = await ctx.conversationFor(request, id);
    const [items, handoffs, events] = await Promise.all([
      ctx.store.getItems(id),
      ctx.store.listHandoffs(id),
      ctx.store.listEvents(id),
    ]);
    return conversationDetail(record, items, handoffs, events);
  });

  app.post('/conversations/:id/messages', async (request, reply) => {
    const { id } = parseRequest(ConversationIdParams, request.params, 'path');
    const { text, expectedTurn } = parseRequest(SendMessageBody, request.body, 'body');
    const sb = await ctx.switchboardOfConversation(request, id);
    if (!wantsEventStream(request)) return turnResponse(await ctx.track(sb.send(id, text, { expectedTurn })));
    await streamTurn(ctx, sb, id, text, expectedTurn, request, reply);
    return reply;
  });

  // Ending a conversation is what triggers the post-conversation analysis (sentiment, lead score).
  app.post('/conversations/:id/end', async (request) => {
    const { id } = parseRequest(ConversationIdParams, request.params, 'path');
    const { sb } = await ctx.conversationFor(request, id);
    await ctx.track(sb.endConversation(id));
    return conversationSummary(await sb.getConversation(id));
  });
}

/** `Accept: text/event-stream`: delta / handoff / tool_call / tool_result events, then `done` (or `error`). */
async function streamTurn(
  ctx: ServerContext,
  sb: Switchboard,
  id: string,
  text: string,
  expectedTurn: number | undefined,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<void> {
  const source = await startEventSource<TurnEvent, TurnResult>((emit) =>
    ctx.track(sb.send(id, text, { stream: true, onEvent: emit, expectedTurn })),
  );
  const stream = new EventStream(reply);
  source.pipe((event) => {
    const mapped = streamEventOf(event);
    if (mapped) stream.event(mapped.name, mapped.data);
  });
  try {
    stream.event('done', turnResponse(await source.done));
  } catch (error) {
    stream.event('error', describeError(error, request).body.error);
  } finally {
    stream.end();
  }
}
