import pg from 'pg';
import { PREPARE_COMMIT, PREPARE_LOAD } from './lockedTurnSql.ts';
import { StoreBusyError } from './storeBusy.ts';

/**
 * Lock attempts (a turn's start) allowed in line on one lock connection; past that a new turn is
 * refused at once with StoreBusyError (503 "busy"). Commits and unlocks always queue: their turn
 * already ran, and refusing them would only throw its work away.
 */
export const MAX_WAITING_LOCKS = 512;

/** How long one query on a lock connection may take once sent: what tells a dead connection. */
const QUERY_TIMEOUT_MS = 10_000;

/**
 * One dedicated lock connection, reconnected on demand after a drop. Its queries go one at a time
 * through `run`, in arrival order. pg's `query_timeout` starts when `query()` is called, not when the
 * query reaches the server: with queries queued inside the client (as before), a turn that waited
 * 10 s behind others on an overloaded machine failed with "Query read timeout", answered as "the
 * database is unavailable" although the database was fine (issue #20). Here a query is handed to pg
 * only once the one before it has answered, so its timeout times the query alone.
 */
export class LockSession {
  private client: pg.Client | null = null;
  private connecting: Promise<pg.Client> | null = null;
  /** Database and schema, so stores in different schemas of one database never share a lock. */
  scope = '';
  private closed = false;
  /** The last query handed out; the next one starts when it settles. */
  private tail: Promise<unknown> = Promise.resolve();
  private waitingLocks = 0;

  constructor(private readonly config: pg.ClientConfig) {}

  current(): pg.Client | null {
    return this.client;
  }

  /**
   * Runs `work` on the connection once every earlier `run` has finished. `lockAttempt` marks the
   * start of a turn: refused with StoreBusyError when MAX_WAITING_LOCKS are already in line.
   */
  run<T>(work: (client: pg.Client) => Promise<T>, lockAttempt = false): Promise<T> {
    if (lockAttempt) {
      if (this.waitingLocks >= MAX_WAITING_LOCKS) return Promise.reject(new StoreBusyError());
      this.waitingLocks++;
    }
    const started = this.tail.then(() => {
      if (lockAttempt) this.waitingLocks--;
      return this.connection().then(work);
    });
    this.tail = started.catch(() => {});
    return started;
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
      query_timeout: QUERY_TIMEOUT_MS,
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
      await client.query(`${PREPARE_LOAD}; ${PREPARE_COMMIT}`);
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

  drop(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = null;
    void client.end().catch(() => {});
  }
}
