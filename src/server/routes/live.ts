import type { FastifyInstance } from 'fastify';
import type { WebSocket } from 'ws';
import { parseRequest } from '../../http/httpError.ts';
import type { ServerContext } from '../context.ts';
import { ConversationIdParams } from '../schemas.ts';
import { conversationSummary } from '../views.ts';

/** A watcher that stops reading is dropped rather than buffered without bound. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

function sendJson(socket: WebSocket, message: unknown): void {
  if (socket.readyState !== socket.OPEN) return;
  if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
    socket.close(1013, 'watcher too slow');
    return;
  }
  socket.send(JSON.stringify(message));
}

/**
 * GET /v1/conversations/:id/live (WebSocket). Auth and the tenant check run on the upgrade request
 * (preHandler), so a stranger gets a plain 401/404 and never a socket. The snapshot is read after
 * subscribing and events that race it are held back, so a watcher misses nothing and sees it in order.
 */
export function registerLiveRoute(app: FastifyInstance, ctx: ServerContext): void {
  app.get(
    '/conversations/:id/live',
    {
      websocket: true,
      preHandler: async (request) => {
        const { id } = parseRequest(ConversationIdParams, request.params, 'path');
        await ctx.conversationFor(request, id);
      },
    },
    async (socket, request) => {
      const { id } = request.params as { id: string };
      let pending: unknown[] | null = [];
      const push = (message: unknown) => (pending ? pending.push(message) : sendJson(socket, message));
      const unwatch = ctx.hub.watch(id, (event) =>
        push({ kind: 'event', conversationId: id, type: event.type, turn: event.turn, data: event.data }),
      );
      // Pings keep idle watchers' connections open through proxies; browsers answer them on their own.
      const ping = setInterval(() => socket.ping(), 30_000);
      ping.unref();
      socket.on('close', () => {
        clearInterval(ping);
        unwatch();
      });
      try {
        // On a cluster, the other nodes learn of this watcher first: then nothing falls between.
        await ctx.hub.watchAnnounced(id);
        const { record } = await ctx.conversationFor(request, id);
        sendJson(socket, { kind: 'snapshot', conversationId: id, conversation: conversationSummary(record) });
        for (const message of pending) sendJson(socket, message);
        pending = null;
      } catch {
        unwatch();
        socket.close(1011, 'conversation unavailable');
      }
    },
  );
}
