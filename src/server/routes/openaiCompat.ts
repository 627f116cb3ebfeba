import { randomUUID } from 'node:crypto';
import type { AgentInputItem } from '@openai/agents';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { HttpError, parseRequest } from '../../http/httpError.ts';
import { assistantItem, type TurnResult } from '../../runtime/runTurn.ts';
import type { TurnEvent } from '../../runtime/turnState.ts';
import type { ServerContext } from '../context.ts';
import { describeError } from '../errors.ts';
import { ChatCompletionBody, type ChatMessage, type SwitchboardExtension } from '../schemas.ts';
import { EventStream, startEventSource, wantsEventStream } from '../sse.ts';
import { turnResponse } from '../views.ts';

export const CONVERSATION_HEADER = 'x-switchboard-conversation';
/** The runtime's limit for one user message. */
const MAX_TEXT = 20_000;

type Message = z.infer<typeof ChatMessage>;

function textOf(message: Message): string {
  const { content } = message;
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((p) => (p.type === 'text' ? (p.text ?? '') : '')).join('');
  return '';
}

/**
 * The last message is this turn's user input. The earlier ones seed a new conversation's history
 * (system/developer messages are dropped: the graph's agents have their own instructions); when a
 * conversation continues, the server's stored history is the truth and earlier messages are ignored.
 */
function splitMessages(messages: Message[]): { text: string; history: AgentInputItem[] } {
  const last = messages.length - 1;
  if (messages[last].role !== 'user')
    throw new HttpError(
      400,
      `messages[${last}].role: the last message must be from the user`,
      `messages[${last}].role`,
    );
  const text = textOf(messages[last]);
  if (text.trim() === '')
    throw new HttpError(400, `messages[${last}].content: must not be empty`, `messages[${last}].content`);
  // Checked before a conversation is created for the request, so a refused request leaves nothing behind.
  if (text.length > MAX_TEXT)
    throw new HttpError(
      400,
      `messages[${last}].content: longer than ${MAX_TEXT} characters`,
      `messages[${last}].content`,
    );
  const history: AgentInputItem[] = [];
  messages.slice(0, last).forEach((message, i) => {
    if (message.role === 'tool')
      throw new HttpError(
        400,
        `messages[${i}].role: tool messages are not accepted (the graph's agents run their own tools)`,
        `messages[${i}].role`,
      );
    const content = textOf(message);
    if (message.role === 'user') history.push({ role: 'user', content });
    else if (message.role === 'assistant' && content !== '') history.push(assistantItem(content));
  });
  return { text, history };
}

function requestedConversation(request: FastifyRequest, metadata: Record<string, string> | null | undefined) {
  const header = request.headers[CONVERSATION_HEADER];
  const fromHeader = Array.isArray(header) ? header[0] : header;
  return fromHeader || metadata?.conversation_id || null;
}

function extension(result: TurnResult): z.infer<typeof SwitchboardExtension> {
  const view = turnResponse(result);
  return {
    conversation_id: view.conversationId,
    agent: view.agent,
    status: view.status,
    turn: view.turn,
    handoffs: view.handoffs,
    tool_calls: view.toolCalls,
  };
}

const usageOf = (result: TurnResult) => ({
  prompt_tokens: result.usage.inputTokens,
  completion_tokens: result.usage.outputTokens,
  total_tokens: result.usage.inputTokens + result.usage.outputTokens,
});

/**
 * OpenAI Chat Completions over the graphs: `model` is a graph name. Any OpenAI client works against
 * it (baseURL = this server + /v1); the answering agent comes back in `switchboard.agent` and the
 * `X-Switchboard-Agent` header, the conversation id in `switchboard.conversation_id` and the
 * `X-Switchboard-Conversation` header — send it back (header or `metadata.conversation_id`) to continue.
 */
export function registerOpenAICompatRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const created = Math.floor(ctx.startedAt / 1000);
  app.get('/models', async () => ({
    object: 'list' as const,
    data: [...ctx.graphs.keys()].map((id) => ({
      id,
      object: 'model' as const,
      created,
      owned_by: 'switchboard',
    })),
  }));

  app.post('/chat/completions', async (request, reply) => {
    const body = parseRequest(ChatCompletionBody, request.body, 'body');
    const sb = ctx.switchboardFor(body.model);
    const { text, history } = splitMessages(body.messages);
    const continued = requestedConversation(request, body.metadata);
    let conversationId: string;
    if (continued) {
      const { record } = await ctx.conversationFor(request, continued);
      if (record.graph !== sb.graph.name)
        throw new HttpError(
          400,
          `model: conversation ${continued} belongs to graph ${record.graph}`,
          'model',
        );
      conversationId = record.id;
    } else {
      conversationId = (await sb.createConversation({ tenant: request.caller.tenant })).id;
      if (history.length > 0)
        await ctx.store.appendItems(
          conversationId,
          history.map((item) => ({ agent: null, item })),
          0,
        );
    }

    const completionId = `chatcmpl-${randomUUID()}`;
    const now = Math.floor(Date.now() / 1000);
    if (!body.stream && !wantsEventStream(request)) {
      const result = await ctx.track(sb.send(conversationId, text));
      reply.header(CONVERSATION_HEADER, conversationId).header('x-switchboard-agent', result.agent);
      return {
        id: completionId,
        object: 'chat.completion' as const,
        created: now,
        model: sb.graph.name,
        choices: [
          {
            index: 0,
            message: { role: 'assistant' as const, content: result.reply, refusal: null },
            finish_reason: 'stop' as const,
            logprobs: null,
          },
        ],
        usage: usageOf(result),
        switchboard: extension(result),
      };
    }

    const source = await startEventSource<TurnEvent, TurnResult>((emit) =>
      ctx.track(sb.send(conversationId, text, { stream: true, onEvent: emit })),
    );
    const stream = new EventStream(reply, { [CONVERSATION_HEADER]: conversationId }, 'data');
    const chunk = (delta: { role?: 'assistant'; content?: string }, finish: 'stop' | null) => ({
      id: completionId,
      object: 'chat.completion.chunk' as const,
      created: now,
      model: sb.graph.name,
      choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }],
    });
    stream.data(chunk({ role: 'assistant', content: '' }, null));
    let streamed = '';
    source.pipe((event) => {
      if (event.type !== 'text.delta') return;
      streamed += event.data.delta;
      stream.data(chunk({ content: event.data.delta }, null));
    });
    try {
      const result = await source.done;
      // Replies that were not generated token by token (a parked conversation, a guardrail's safe reply).
      if (streamed === '' && result.reply !== '') stream.data(chunk({ content: result.reply }, null));
      stream.data({ ...chunk({}, 'stop'), switchboard: extension(result) });
      if (body.stream_options?.include_usage)
        stream.data({ ...chunk({}, null), choices: [], usage: usageOf(result) });
      stream.data('[DONE]');
    } catch (error) {
      stream.data({ error: describeError(error, request).body.error });
    } finally {
      stream.end();
    }
    return reply;
  });
}
