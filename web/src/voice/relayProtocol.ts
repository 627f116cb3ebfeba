import { getApiKey } from '../api/apiKey.ts';

/*
 * The browser voice relay's messages (WebSocket /v1/voice/browser), as src/voice/browserRelay.ts
 * documents them. Written out here rather than imported: the relay's module pulls in the server's
 * voice stack, which the dashboard's typecheck must not depend on.
 */

export type RelayClientMessage =
  | {
      type: 'start';
      graph?: string;
      conversationId?: string;
      format?: 'pcm16' | 'pcmu';
      context?: Record<string, unknown>;
      /** Else the graph's `voicePipeline`, else the server's default (SWITCHBOARD_VOICE_PIPELINE). */
      pipeline?: 'realtime' | 'cascaded';
    }
  | { type: 'played'; itemId: string; ms: number }
  | { type: 'dtmf'; digit: string }
  | { type: 'stop' };

export type RelayServerMessage =
  | { type: 'ready'; conversationId: string; agent: string; format: 'pcm16' | 'pcmu'; sampleRate: number }
  | { type: 'audio'; itemId: string; audio: string }
  | { type: 'clear' }
  | { type: 'transcript'; role: 'user' | 'assistant'; agent: string; text: string; final: boolean }
  | { type: 'handoff'; from: string; to: string; reason: string; intent: string | null; kind: string }
  | { type: 'event'; event: { type: string; turn: number; data: Record<string, unknown> } }
  | { type: 'ended'; status: string | null; reason: string }
  | { type: 'error'; message: string };

/** The relay's address on this origin. Browsers cannot set WebSocket headers: the key goes as `?key=`. */
export function relayUrl(): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const key = getApiKey();
  const auth = key ? `?key=${encodeURIComponent(key)}` : '';
  return `${scheme}://${location.host}/v1/voice/browser${auth}`;
}

/** A text frame as a server message; null for anything that is not one. */
export function parseRelayMessage(data: unknown): RelayServerMessage | null {
  if (typeof data !== 'string') return null;
  try {
    const message = JSON.parse(data) as { type?: unknown };
    return typeof message?.type === 'string' ? (message as RelayServerMessage) : null;
  } catch {
    return null;
  }
}

/** Why a socket closed, when the server said (close code and reason) rather than nothing at all. */
export function describeClose(event: CloseEvent): string {
  if (event.code === 1006) return 'the connection to the server was lost';
  return event.reason ? `${event.reason} (${event.code})` : `the connection closed (${event.code})`;
}
