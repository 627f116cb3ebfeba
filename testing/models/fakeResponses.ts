import { type ReplyContext, type ResolvedReply, textDeltas } from './fakeReplies.ts';

/** Responses API wire format (`POST /v1/responses`), OpenAI's default for agents. */

type OutputItem = Record<string, unknown>;

function outputItem(reply: ResolvedReply, ctx: ReplyContext): OutputItem {
  if (reply.kind === 'text') {
    return {
      id: `msg_fake_${ctx.sequence}`,
      type: 'message',
      status: 'completed',
      role: 'assistant',
      content: [{ type: 'output_text', text: reply.text, annotations: [], logprobs: [] }],
    };
  }
  return {
    id: `fc_fake_${ctx.sequence}`,
    type: 'function_call',
    status: 'completed',
    call_id: reply.callId,
    name: reply.name,
    arguments: reply.arguments,
  };
}

function responseObject(ctx: ReplyContext, status: 'in_progress' | 'completed', output: OutputItem[]) {
  return {
    id: `resp_fake_${ctx.sequence}`,
    object: 'response',
    created_at: ctx.created,
    status,
    model: ctx.model,
    output,
    error: null,
    incomplete_details: null,
    instructions: null,
    metadata: {},
    parallel_tool_calls: true,
    tool_choice: 'auto',
    tools: [],
    temperature: null,
    top_p: null,
    usage:
      status === 'completed'
        ? {
            input_tokens: ctx.usage.input,
            output_tokens: ctx.usage.output,
            total_tokens: ctx.usage.input + ctx.usage.output,
            input_tokens_details: { cached_tokens: 0 },
            output_tokens_details: { reasoning_tokens: 0 },
          }
        : null,
  };
}

export function responseBody(reply: ResolvedReply, ctx: ReplyContext): object {
  return responseObject(ctx, 'completed', [outputItem(reply, ctx)]);
}

/** The events of a streamed response, in order, each with its `type` (also used as the SSE `event:` name). */
type StreamEvent = { type: string; [field: string]: unknown };

export function responseEvents(reply: ResolvedReply, ctx: ReplyContext): StreamEvent[] {
  const item = outputItem(reply, ctx);
  const itemId = item.id as string;
  const events: StreamEvent[] = [
    { type: 'response.created', response: responseObject(ctx, 'in_progress', []) },
    { type: 'response.in_progress', response: responseObject(ctx, 'in_progress', []) },
  ];

  if (reply.kind === 'text') {
    const part = { type: 'output_text', text: reply.text, annotations: [], logprobs: [] };
    const at = { item_id: itemId, output_index: 0, content_index: 0 };
    events.push(
      {
        type: 'response.output_item.added',
        output_index: 0,
        item: { ...item, status: 'in_progress', content: [] },
      },
      { type: 'response.content_part.added', ...at, part: { ...part, text: '' } },
      ...textDeltas(reply.text).map((delta) => ({
        type: 'response.output_text.delta',
        ...at,
        delta,
        logprobs: [],
      })),
      { type: 'response.output_text.done', ...at, text: reply.text, logprobs: [] },
      { type: 'response.content_part.done', ...at, part },
    );
  } else {
    const at = { item_id: itemId, output_index: 0 };
    events.push(
      {
        type: 'response.output_item.added',
        output_index: 0,
        item: { ...item, status: 'in_progress', arguments: '' },
      },
      { type: 'response.function_call_arguments.delta', ...at, delta: reply.arguments },
      { type: 'response.function_call_arguments.done', ...at, arguments: reply.arguments },
    );
  }

  events.push(
    { type: 'response.output_item.done', output_index: 0, item },
    { type: 'response.completed', response: responseObject(ctx, 'completed', [item]) },
  );
  return events.map((event, sequence_number) => ({ ...event, sequence_number }));
}
