import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { redactUrl } from '../redactUrl.ts';
import { AdvisoryConversationLocks } from './conversationLocks.ts';
import { lockedTurns } from './lockedTurns.ts';
import { createSqlStore } from './sqlStore.ts';
import type { ConversationStore } from './types.ts';

export type PostgresStoreOptions = {
  url: string;
  /**
   * Schema every pooled connection uses (created if missing). Lets test runs share one database
   * without seeing each other's tables.
   */
  searchPath?: string;
  /** Pool size; defaults to pg's 10. */
  max?: number;
  /** Turn-lock connections (a turn's load and commit run on its lock's one); defaults to 4. */
  lockConnections?: number;
};

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** How each PostgreSQL store connects, for the cluster pieces that need their own sessions (LISTEN). */
const connections = new WeakMap<ConversationStore, pg.ClientConfig>();

/** The connection settings of a PostgreSQL store (same database and schema), or null for other stores. */
export function postgresConnectionOf(store: ConversationStore): pg.ClientConfig | null {
  return connections.get(store) ?? null;
}

export async function createPostgresStore(options: PostgresStoreOptions): Promise<ConversationStore> {
  const { searchPath } = options;
  if (searchPath !== undefined && !IDENTIFIER.test(searchPath)) {
    throw new Error(`searchPath must be a plain schema name, got "${searchPath}"`);
  }
  const connection: pg.ClientConfig = {
    connectionString: options.url,
    ...(searchPath === undefined ? {} : { options: `-c search_path=${searchPath}` }),
  };
  const pool = new pg.Pool({ ...connection, max: options.max });
  // An idle client losing its connection emits 'error' on the pool; unhandled, that would kill the
  // process. The next query checks out a fresh client and reports the failure to its caller.
  pool.on('error', () => {});
  try {
    if (searchPath !== undefined) await createSchema(pool, searchPath);
    else await pool.query('select 1');
  } catch (error) {
    await pool.end().catch(() => {});
    throw new Error(
      `PostgreSQL store could not connect to ${redactUrl(options.url)}: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  const db = drizzle({ client: pool });
  // Turn locks for cluster mode; their connection opens on the first turn, not for CLI one-offs.
  const locks = new AdvisoryConversationLocks(connection, options.lockConnections);
  let closed = false;
  const sqlStore = createSqlStore(db, {
    kind: 'postgres',
    close: async () => {
      if (closed) return;
      closed = true;
      await locks.close();
      await pool.end();
    },
  });
  const store: ConversationStore = { ...sqlStore, ...lockedTurns(sqlStore, locks, db) };
  connections.set(store, connection);
  return store;
}

async function createSchema(pool: pg.Pool, schema: string): Promise<void> {
  try {
    await pool.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  } catch (error) {
    // Two processes creating the same schema at once: IF NOT EXISTS can still lose the race.
    if ((error as { code?: string }).code !== '23505') throw error;
  }
}
