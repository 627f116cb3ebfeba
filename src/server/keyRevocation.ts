import type { IncomingMessage } from 'node:http';
import type { WebSocket, WebSocketServer } from 'ws';
import type { ApiKeyStore } from '../store/apiKeys.ts';

/** How often open connections' keys are re-checked: revocation reaches them within this time. */
export const DEFAULT_REVOCATION_CHECK_MS = 500;

/** WebSocket close code for "your credentials were withdrawn" (1008: policy violation). */
export const REVOKED_CLOSE_CODE = 1008;
export const REVOKED_MESSAGE = 'this API key has been revoked';

/**
 * Closes long-lived connections (WebSockets, event streams) whose API key gets revoked. A request is
 * authenticated once, when it opens; without this a revoked key's socket would go on receiving
 * turns for as long as it stays open. Every `intervalMs` while any such connection is open, the
 * keys are read back from the key store; that store is the database every node of a cluster shares,
 * so a key revoked anywhere (the CLI, another node) is seen by every node on its next check, with
 * no message to pass around. Plain requests need none of this: each one is authenticated itself.
 */
export class KeyRevocationWatcher {
  private readonly held = new Map<string, Set<() => void>>();
  private readonly keyOfRequest = new WeakMap<IncomingMessage, string>();
  private readonly timer: NodeJS.Timeout;
  private checking = false;

  constructor(
    private readonly apiKeys: ApiKeyStore,
    intervalMs = DEFAULT_REVOCATION_CHECK_MS,
  ) {
    this.timer = setInterval(() => void this.check(), intervalMs);
    this.timer.unref();
  }

  /** Remembers which key opened `request`, for a WebSocket that may be upgraded from it. */
  noteKey(request: IncomingMessage, keyId: string | null): void {
    if (keyId) this.keyOfRequest.set(request, keyId);
  }

  /** Every WebSocket upgraded by `server` from a request made with a key is closed when it is revoked. */
  watchWebSockets(server: WebSocketServer): void {
    server.on('connection', (socket: WebSocket, request: IncomingMessage) => {
      const keyId = this.keyOfRequest.get(request);
      if (!keyId) return;
      const release = this.hold(keyId, () => socket.close(REVOKED_CLOSE_CODE, REVOKED_MESSAGE));
      socket.once('close', release);
    });
  }

  /** Calls `close` once if `keyId` is revoked while held; the returned function releases it. */
  hold(keyId: string, close: () => void): () => void {
    let set = this.held.get(keyId);
    if (!set) {
      set = new Set();
      this.held.set(keyId, set);
    }
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      close();
    };
    set.add(once);
    return () => {
      done = true;
      set.delete(once);
      if (set.size === 0 && this.held.get(keyId) === set) this.held.delete(keyId);
    };
  }

  /** Connections currently held, for tests and health. */
  get openCount(): number {
    let count = 0;
    for (const set of this.held.values()) count += set.size;
    return count;
  }

  close(): void {
    clearInterval(this.timer);
    this.held.clear();
  }

  /**
   * One read of the key table per interval, only while a keyed connection is open. A failing read
   * (database briefly down) leaves connections open until a later check succeeds.
   */
  private async check(): Promise<void> {
    if (this.checking || this.held.size === 0) return;
    this.checking = true;
    try {
      const active = new Set((await this.apiKeys.list({ includeRevoked: false })).map((key) => key.id));
      for (const [keyId, closers] of [...this.held]) {
        if (active.has(keyId)) continue;
        this.held.delete(keyId);
        for (const close of [...closers]) {
          try {
            close();
          } catch {
            // one broken socket must not keep the others open
          }
        }
      }
    } catch {
      // retried on the next tick
    } finally {
      this.checking = false;
    }
  }
}
