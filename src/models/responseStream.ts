import { type AgentInputItem, type ModelResponse, type StreamEvent, Usage } from '@openai/agents-core';

/** A complete response holding one assistant text message. */
export function textResponse(text: string): ModelResponse {
  return {
    usage: new Usage(),
    output: [
      { type: 'message', role: 'assistant', status: 'completed', content: [{ type: 'output_text', text }] },
    ],
  };
}

/** The result of the function call `callId` (named `name`), as text: what the model reads back. */
export function functionResultItem(call: { callId: string; name: string }, text: string): AgentInputItem {
  return {
    type: 'function_call_result',
    callId: call.callId,
    name: call.name,
    status: 'completed',
    output: { type: 'text', text },
  };
}

/**
 * Replays a finished response as the normalized stream events the SDK runner consumes — the shape
 * `ScriptedModel` produces: `response_started`, text deltas, then `response_done` carrying the full
 * output (the runner takes function calls from there). Deltas are word-sized so streaming UIs and
 * speech see progressive text; they concatenate to the full text.
 */
export async function* responseToStream(
  response: ModelResponse,
  opts: { withStart?: boolean } = {},
): AsyncIterable<StreamEvent> {
  if (opts.withStart !== false) yield { type: 'response_started' };
  for (const item of response.output) {
    if (item.type !== 'message' || item.role !== 'assistant') continue;
    for (const part of item.content) {
      if (part.type !== 'output_text') continue;
      for (const delta of part.text.split(/(?<=\s)/))
        yield { type: 'output_text_delta', itemId: item.id, delta };
    }
  }
  yield {
    type: 'response_done',
    response: {
      id: response.responseId ?? 'switchboard',
      usage: {
        requests: response.usage.requests,
        inputTokens: response.usage.inputTokens,
        outputTokens: response.usage.outputTokens,
        totalTokens: response.usage.totalTokens,
      },
      output: response.output as Extract<StreamEvent, { type: 'response_done' }>['response']['output'],
    },
  };
}
