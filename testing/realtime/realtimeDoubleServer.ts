import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import type { ResponseOptions } from './doubleResponse.ts';
import { type DoubleScript, type Responder, scriptedResponder } from './doubleScript.ts';
import { DoubleSession } from './doubleSession.ts';

export type RealtimeDoubleOptions = ResponseOptions & {
  /** The same script for every connection (each gets its own copy of the script's position). */
  script?: DoubleScript;
  /** Or a responder per connection (`index` counts connections from 0). */
  responder?: (index: number) => Responder;
  /** Keep every client event for assertions (default true; turn off under load). */
  record?: boolean;
  /** When set, the `Authorization: Bearer` key must equal it; otherwise any non-empty key passes. */
  apiKey?: string;
  onClientEvent?: (session: DoubleSession, event: Record<string, any>, at: number) => void;
};

export type RealtimeDouble = {
  /** `ws://127.0.0.1:<port>/v1/realtime?model=gpt-realtime`: what the Realtime URL setting points at. */
  url: string;
  /** Every connection's session, in connection order. */
  sessions: DoubleSession[];
  close(): Promise<void>;
};

/**
 * A local stand-in for the OpenAI Realtime API (GA protocol) for tests and benchmarks: a WebSocket
 * server on a loopback port that checks the bearer key, keeps a session per connection and answers
 * from a script. No network, no model.
 */
export async function startRealtimeDouble(options: RealtimeDoubleOptions = {}): Promise<RealtimeDouble> {
  const sessions: DoubleSession[] = [];
  const http = createServer((_req, res) => {
    res.writeHead(426, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: { message: 'WebSocket upgrade required' } }));
  });
  const wss = new WebSocketServer({ noServer: true });
  http.on('upgrade', (req, socket, head) => {
    const refusal = refuse(req, options.apiKey);
    if (refusal) {
      socket.end(`HTTP/1.1 ${refusal}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => attach(ws, req));
  });

  const attach = (ws: WebSocket, req: IncomingMessage) => {
    const index = sessions.length;
    const model = new URL(req.url ?? '/', 'http://double').searchParams.get('model') ?? 'gpt-realtime';
    const responder = options.responder?.(index) ?? scriptedResponder(options.script ?? { turns: [] });
    const session: DoubleSession = new DoubleSession({
      ...options,
      id: `sess_${randomUUID().replaceAll('-', '')}`,
      model,
      responder,
      record: options.record ?? true,
      onClientEvent: options.onClientEvent
        ? (event, at) => options.onClientEvent!(session, event, at)
        : undefined,
      send: (event) => {
        if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(event));
      },
    });
    sessions.push(session);
    ws.on('message', (data, isBinary) => {
      if (isBinary)
        return session.error('invalid_json', 'Binary frames are not supported; send JSON text.', null);
      session.handle(data.toString());
    });
    ws.on('close', () => session.close());
    ws.on('error', () => session.close());
  };

  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}/v1/realtime?model=gpt-realtime`,
    sessions,
    async close() {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

function refuse(req: IncomingMessage, apiKey: string | undefined): string | null {
  if (!new URL(req.url ?? '/', 'http://double').pathname.endsWith('/realtime')) return '404 Not Found';
  const match = /^Bearer\s+(\S+)$/.exec(req.headers.authorization ?? '');
  if (!match) return '401 Unauthorized';
  if (apiKey !== undefined && match[1] !== apiKey) return '401 Unauthorized';
  return null;
}
