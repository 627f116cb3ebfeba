import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '../cluster/databaseErrors.ts';
import { type OpenStoreOptions, openStore } from '../store/openStore.ts';
import type { ConversationStore } from '../store/types.ts';

export type DatabaseWait = {
  host: string;
  port: number;
  /** Called once when the database is unreachable at start, with the stand-in's URL and the error. */
  onWaiting: (standInUrl: string, error: Error) => void;
  retryMs?: number;
};

/** The stand-in's answers: the process is alive, not ready, and every API call is a retryable 503. */
function standInHandler(startedAt: number): http.RequestListener {
  return (request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      response.end(JSON.stringify(body));
    };
    request.resume();
    if (path === '/healthz')
      return send(200, { status: 'ok', uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) });
    if (path === '/readyz')
      return send(503, {
        status: 'not_ready',
        store: 'postgres',
        pendingMigrations: [],
        reason: 'database unreachable',
      });
    send(
      503,
      {
        error: {
          type: 'unavailable',
          message: DATABASE_UNAVAILABLE_MESSAGE,
          param: null,
          requestId: 'startup',
        },
      },
      { 'retry-after': '2' },
    );
  };
}

/**
 * Opens the store. If PostgreSQL is unreachable, a stand-in listens on host:port meanwhile (healthz
 * ok, readyz not ready, everything else 503 + Retry-After) and the open is retried until it works, so
 * the process recovers by itself when the database comes back. Returns the port the stand-in held,
 * for the real server to take over. Any other error (bad URL, failed migration) is thrown at once.
 */
export async function openStoreWhenAvailable(
  storeOptions: OpenStoreOptions | undefined,
  wait: DatabaseWait,
): Promise<{ store: ConversationStore; port: number }> {
  let firstError: unknown;
  try {
    return { store: await openStore(storeOptions), port: wait.port };
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    firstError = error;
  }
  const standIn = http.createServer(standInHandler(Date.now()));
  await new Promise<void>((resolve, reject) => {
    standIn.once('error', reject);
    standIn.listen(wait.port, wait.host, () => resolve());
  });
  const { address, family, port } = standIn.address() as AddressInfo;
  wait.onWaiting(`http://${family === 'IPv6' ? `[${address}]` : address}:${port}`, firstError as Error);
  try {
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, wait.retryMs ?? 1000));
      try {
        return { store: await openStore(storeOptions), port };
      } catch (error) {
        if (!isDatabaseUnavailable(error)) throw error;
      }
    }
  } finally {
    standIn.closeAllConnections();
    await new Promise((resolve) => standIn.close(resolve));
  }
}
