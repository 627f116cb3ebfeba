import { useEffect, useRef, useState } from 'react';
import { getApiKey } from './apiKey.ts';
import type { LiveMessage } from './types.ts';

export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'off';

export function liveUrl(conversationId: string): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const key = getApiKey();
  // Browsers cannot set headers on a WebSocket: the server takes the key from `?key=` on upgrades only.
  const auth = key ? `?key=${encodeURIComponent(key)}` : '';
  return `${scheme}://${location.host}/v1/conversations/${encodeURIComponent(conversationId)}/live${auth}`;
}

/**
 * Watches a conversation over WebSocket /v1/conversations/:id/live and hands every message to
 * `onMessage`. Reconnects with a growing delay (1 s … 15 s) after a drop; each reconnect starts with
 * a snapshot, which is the caller's cue to re-read anything it may have missed.
 */
export function useLiveConversation(
  conversationId: string | null,
  onMessage: (message: LiveMessage) => void,
): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>(conversationId ? 'connecting' : 'off');
  const handler = useRef(onMessage);
  handler.current = onMessage;

  useEffect(() => {
    if (!conversationId) {
      setStatus('off');
      return;
    }
    let socket: WebSocket | null = null;
    let retry: ReturnType<typeof setTimeout> | null = null;
    let attempts = 0;
    let stopped = false;

    const connect = () => {
      setStatus(attempts === 0 ? 'connecting' : 'reconnecting');
      socket = new WebSocket(liveUrl(conversationId));
      socket.onopen = () => {
        attempts = 0;
        setStatus('live');
      };
      socket.onmessage = (event) => {
        try {
          handler.current(JSON.parse(String(event.data)) as LiveMessage);
        } catch {
          // a malformed message is dropped; the next snapshot or event still arrives
        }
      };
      socket.onclose = () => {
        if (stopped) return;
        attempts += 1;
        setStatus('reconnecting');
        retry = setTimeout(connect, Math.min(15_000, 1000 * 2 ** (attempts - 1)));
      };
    };
    connect();
    return () => {
      stopped = true;
      if (retry) clearTimeout(retry);
      socket?.close();
    };
  }, [conversationId]);

  return status;
}
