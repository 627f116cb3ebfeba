import type { FastifyReply, FastifyRequest } from 'fastify';
import { errorBody } from './errors.ts';
import { type KeyRevocationWatcher, REVOKED_MESSAGE } from './keyRevocation.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Closes event streams and WebSockets whose API key is revoked (see keyRevocation.ts). */
    keyRevocations?: KeyRevocationWatcher;
  }
}

export function wantsEventStream(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes('text/event-stream');
}

/**
 * Starts an operation that emits events, and resolves once it has emitted its first event or ended.
 * An operation that fails before emitting anything (unknown conversation, turn already running,
 * bad input) rejects here, so the route still answers with a plain JSON error and the right status;
 * only a started operation turns into a stream. Events emitted before `pipe` is called are replayed.
 */
export async function startEventSource<E, T>(
  run: (emit: (event: E) => void) => Promise<T>,
): Promise<{ done: Promise<T>; pipe(listener: (event: E) => void): void }> {
  const early: E[] = [];
  let forward: ((event: E) => void) | null = null;
  let started!: () => void;
  const firstEvent = new Promise<void>((resolve) => {
    started = resolve;
  });
  const done = run((event) => {
    if (forward) {
      // Called from inside the running turn: a client-side failure must not fail the turn.
      try {
        forward(event);
      } catch {
        // the event is lost for this client only
      }
    } else {
      early.push(event);
      started();
    }
  });
  await Promise.race([firstEvent, done]);
  return {
    done,
    pipe(listener) {
      for (const event of early.splice(0)) listener(event);
      forward = listener;
    },
  };
}

/**
 * A text/event-stream response written straight to the socket (the reply is hijacked, so Fastify's
 * serializers and hooks are bypassed: headers such as the request id are set here). A comment line
 * every 15 s keeps proxies from closing a long turn's stream.
 */
export class EventStream {
  private readonly heartbeat: NodeJS.Timeout;
  private readonly release: () => void;

  /**
   * `format` is how an error reaches the client: a named `error` event, or (OpenAI's chunk stream)
   * a `data:` line `{error}`. It is used when the stream's API key is revoked while it is open: the
   * client is told, then the stream ends (the turn itself still finishes and commits).
   */
  constructor(
    private readonly reply: FastifyReply,
    headers: Record<string, string> = {},
    format: 'event' | 'data' = 'event',
  ) {
    reply.hijack();
    reply.raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
      'x-request-id': reply.request.id,
      ...headers,
    });
    this.heartbeat = setInterval(() => this.write(': keep-alive\n\n'), 15_000);
    this.heartbeat.unref();
    const keyId = reply.request.caller?.keyId;
    const revocations = reply.server.keyRevocations;
    this.release =
      keyId && revocations
        ? revocations.hold(keyId, () => {
            const { error } = errorBody(403, REVOKED_MESSAGE, null, reply.request.id);
            if (format === 'event') this.event('error', error);
            else this.data({ error });
            this.end();
          })
        : () => {};
  }

  /** A named event (`event: name`) with JSON data. */
  event(name: string, data: unknown): void {
    this.write(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  /** An unnamed `data:` line, as the OpenAI chunk stream uses. */
  data(payload: unknown): void {
    this.write(`data: ${typeof payload === 'string' ? payload : JSON.stringify(payload)}\n\n`);
  }

  end(): void {
    this.release();
    clearInterval(this.heartbeat);
    if (!this.reply.raw.writableEnded) this.reply.raw.end();
  }

  private write(chunk: string): void {
    // The client may have gone; the turn still commits, there is just nobody left to tell.
    if (this.reply.raw.writableEnded || this.reply.raw.destroyed) return;
    try {
      this.reply.raw.write(chunk);
    } catch {
      // a broken socket: same as a client that left
    }
  }
}
