import { createHash } from 'node:crypto';
import pg from 'pg';

/** Gives the lock back; resolves once PostgreSQL has released it (or the session holding it is gone). */
export type LockRelease = () => Promise<void>;

/**
 * Per-conversation turn locks shared by every process on one PostgreSQL database: session-level
 * advisory locks held on ONE dedicated connection per process. A session lock dies with its session,
 * so a node killed with SIGKILL releases every lock it held as soon as PostgreSQL sees the socket close.
 *
 * `tryLock` never waits: the loser of a race gets null at once (the API answers 409), because a turn
 * can run for seconds (model calls) and a queued request would hold an HTTP connection all that time.
 *
 * If the lock connection drops mid-turn, its locks are gone while the turn goes on; the store's
 * optimistic version check on commit still refuses the second writer, so nothing interleaves.
 */
export class AdvisoryConversationLocks {
  private client: pg.Client | null = null;
  private connecting: Promise<pg.Client> | null = null;
  /** Database and schema, so stores in different schemas of one database never share a lock. */
  private scope = '';
  private closed = false;

  constructor(private readonly config: pg.ClientConfig) {}

  /** Takes the conversation's lock, or returns null when another session (another node) holds it. */
  async tryLock(conversationId: string): Promise<LockRelease | null> {
    const client = await this.connection();
    const key = lockKey(this.scope, conversationId);
    let acquired: boolean;
    try {
      const { rows } = await client.query('select pg_try_advisory_lock($1::bigint) as ok', [key]);
      acquired = rows[0].ok === true;
    } catch (error) {
      this.drop(client);
      throw error;
    }
    if (!acquired) return null;
    return async () => {
      // A replaced connection means the old session ended, and PostgreSQL released its locks with it.
      if (this.client !== client) return;
      await client.query('select pg_advisory_unlock($1::bigint)', [key]).catch(() => this.drop(client));
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.client ?? (await this.connecting?.catch(() => null));
    this.client = null;
    await client?.end().catch(() => {});
  }

  private async connection(): Promise<pg.Client> {
    if (this.closed) throw new Error('conversation locks are closed');
    if (this.client) return this.client;
    this.connecting ??= this.connect().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async connect(): Promise<pg.Client> {
    const client = new pg.Client({
      connectionTimeoutMillis: 5_000,
      query_timeout: 10_000,
      keepAlive: true,
      ...this.config,
    });
    // Unhandled, a dropped connection's 'error' would kill the process; the next tryLock reconnects.
    client.on('error', () => this.drop(client));
    client.on('end', () => this.drop(client));
    try {
      await client.connect();
      const { rows } = await client.query(
        `select current_database() || '/' || coalesce(current_schema(), '') as scope`,
      );
      this.scope = rows[0].scope;
    } catch (error) {
      void client.end().catch(() => {});
      throw error;
    }
    if (this.closed) {
      await client.end().catch(() => {});
      throw new Error('conversation locks are closed');
    }
    this.client = client;
    return client;
  }

  private drop(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = null;
    void client.end().catch(() => {});
  }
}

/** A 64-bit key (advisory locks take one bigint): 32-bit `hashtext` would make unrelated conversations collide. */
export function lockKey(scope: string, conversationId: string): string {
  const digest = createHash('sha256').update(`switchboard.turn\0${scope}\0${conversationId}`).digest();
  return digest.readBigInt64BE(0).toString();
}
