import { parseSseChunk } from '../lib/sse.ts';
import { ApiError, authHeaders, errorFrom } from './client.ts';
import type { StreamEventData, TurnResponse } from './types.ts';

export type StreamEvent = {
  [K in keyof StreamEventData]: { name: K; data: StreamEventData[K] };
}[keyof StreamEventData];

/**
 * Sends a user message with `Accept: text/event-stream` and reports each event as it arrives
 * (text deltas, handoffs, tool calls); resolves with the finished turn. A refused request (busy,
 * not found, invalid) rejects with the API's message before anything streams.
 */
export async function sendMessageStreaming(
  conversationId: string,
  text: string,
  onEvent: (event: StreamEvent) => void,
  signal?: AbortSignal,
): Promise<TurnResponse> {
  let response: Response;
  try {
    response = await fetch(`/v1/conversations/${encodeURIComponent(conversationId)}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...authHeaders() },
      body: JSON.stringify({ text }),
      signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'the server cannot be reached');
  }
  if (!response.ok) throw await errorFrom(response);
  if (!response.body) throw new ApiError(0, 'the server sent no stream');

  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let done: TurnResponse | null = null;
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) break;
    const parsed = parseSseChunk(buffer + chunk.value);
    buffer = parsed.rest;
    for (const { name, data } of parsed.events) {
      const payload = JSON.parse(data);
      if (name === 'error')
        throw new ApiError(500, payload.message ?? 'the turn failed', payload.type ?? null);
      if (name === 'done') done = payload as TurnResponse;
      else onEvent({ name, data: payload } as StreamEvent);
    }
  }
  if (!done) throw new ApiError(0, 'the stream ended before the turn finished');
  return done;
}
