import type { ModelResponse, StreamEvent } from '@openai/agents-core';

/**
 * Replays a finished response as the normalized stream events the SDK runner consumes — the same
 * shape `ScriptedModel` produces: `response_started`, text deltas, then `response_done` carrying the
 * full output (the runner takes function calls from there).
 */
export async function* streamResponse(response: ModelResponse): AsyncIterable<StreamEvent> {
  yield { type: 'response_started' };
  for (const item of response.output) {
    if (item.type !== 'message' || item.role !== 'assistant') continue;
    for (const part of item.content) {
      if (part.type !== 'output_text') continue;
      // Word-sized deltas so streaming UIs (and TTS) see progressive text; they concatenate to the full text.
      for (const delta of part.text.split(/(?<=\s)/)) {
        yield { type: 'output_text_delta', itemId: item.id, delta };
      }
    }
  }
  yield {
    type: 'response_done',
    response: {
      id: response.responseId ?? 'offline',
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
