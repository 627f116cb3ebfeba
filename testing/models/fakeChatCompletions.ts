import { type ReplyContext, type ResolvedReply, textDeltas } from './fakeReplies.ts';

/** Chat Completions wire format (`POST /v1/chat/completions`), the dialect of Ollama, vLLM and llama.cpp. */

function usageOf(ctx: ReplyContext) {
  return {
    prompt_tokens: ctx.usage.input,
    completion_tokens: ctx.usage.output,
    total_tokens: ctx.usage.input + ctx.usage.output,
  };
}

function finishReason(reply: ResolvedReply): string {
  return reply.kind === 'toolCall' ? 'tool_calls' : 'stop';
}

export function chatCompletion(reply: ResolvedReply, ctx: ReplyContext): object {
  const message =
    reply.kind === 'text'
      ? { role: 'assistant', content: reply.text, refusal: null }
      : {
          role: 'assistant',
          content: null,
          refusal: null,
          tool_calls: [
            {
              id: reply.callId,
              type: 'function',
              function: { name: reply.name, arguments: reply.arguments },
            },
          ],
        };
  return {
    id: `chatcmpl-fake-${ctx.sequence}`,
    object: 'chat.completion',
    created: ctx.created,
    model: ctx.model,
    choices: [{ index: 0, message, finish_reason: finishReason(reply), logprobs: null }],
    usage: usageOf(ctx),
  };
}

/** The `data:` payloads of a streamed completion, in order; the caller appends `data: [DONE]`. */
export function chatCompletionChunks(reply: ResolvedReply, ctx: ReplyContext): object[] {
  const chunk = (delta: object, finish: string | null = null) => ({
    id: `chatcmpl-fake-${ctx.sequence}`,
    object: 'chat.completion.chunk',
    created: ctx.created,
    model: ctx.model,
    choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }],
  });

  const chunks: object[] = [chunk({ role: 'assistant', content: '' })];
  if (reply.kind === 'text') {
    for (const delta of textDeltas(reply.text)) chunks.push(chunk({ content: delta }));
  } else {
    // Real servers send id and name first, then the arguments in pieces; the SDK must reassemble them.
    chunks.push(
      chunk({
        tool_calls: [
          { index: 0, id: reply.callId, type: 'function', function: { name: reply.name, arguments: '' } },
        ],
      }),
    );
    for (const piece of splitInTwo(reply.arguments)) {
      chunks.push(chunk({ tool_calls: [{ index: 0, function: { arguments: piece } }] }));
    }
  }
  chunks.push(chunk({}, finishReason(reply)));
  // With `stream_options.include_usage`, usage arrives on a final chunk with no choices.
  chunks.push({
    id: `chatcmpl-fake-${ctx.sequence}`,
    object: 'chat.completion.chunk',
    created: ctx.created,
    model: ctx.model,
    choices: [],
    usage: usageOf(ctx),
  });
  return chunks;
}

function splitInTwo(text: string): string[] {
  const middle = Math.ceil(text.length / 2);
  return [text.slice(0, middle), text.slice(middle)].filter((piece) => piece !== '');
}
