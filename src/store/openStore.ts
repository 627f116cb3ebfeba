import { createMemoryStore } from './memoryStore.ts';
import { createPgliteStore } from './pgliteStore.ts';
import type { ConversationStore } from './types.ts';

export type OpenStoreOptions = {
  /** PostgreSQL URL; falls back to `DATABASE_URL`. */
  databaseUrl?: string;
  /** PGlite data directory; falls back to `SWITCHBOARD_DATA_DIR`, then `.switchboard`. */
  dataDir?: string;
  /** Plain in-memory maps: nothing survives the process. */
  memory?: boolean;
};

export const DEFAULT_DATA_DIR = '.switchboard';

export type StoreTarget =
  | { kind: 'memory' }
  | { kind: 'postgres'; url: string }
  | { kind: 'pglite'; dataDir: string };

/** Which backend `openStore` picks: explicit options first, then the environment, then embedded PGlite. */
export function storeTarget(opts: OpenStoreOptions = {}, env: NodeJS.ProcessEnv = process.env): StoreTarget {
  if (opts.memory) return { kind: 'memory' };
  const url = opts.databaseUrl || env.DATABASE_URL;
  if (url) return { kind: 'postgres', url };
  return { kind: 'pglite', dataDir: opts.dataDir || env.SWITCHBOARD_DATA_DIR || DEFAULT_DATA_DIR };
}

/** The PostgreSQL store and its `pg` driver load only when a database URL is used (a tenth of a second). */
const postgresStoreModule = () => import('./postgresStore.ts');

/**
 * Connection counts from the environment (`SWITCHBOARD_PG_POOL`, `SWITCHBOARD_PG_LOCK_CONNECTIONS`), so
 * a deployment (and `npm run bench:server`'s sweep) can size them by measurement without code changes.
 */
export function postgresSizes(env: NodeJS.ProcessEnv = process.env): {
  max?: number;
  lockConnections?: number;
} {
  const count = (name: string): number | undefined => {
    const raw = env[name];
    if (raw === undefined || raw === '') return undefined;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > 1000)
      throw new Error(`${name} must be a whole number 1–1000, got "${raw}"`);
    return n;
  };
  const max = count('SWITCHBOARD_PG_POOL');
  const lockConnections = count('SWITCHBOARD_PG_LOCK_CONNECTIONS');
  return {
    ...(max === undefined ? {} : { max }),
    ...(lockConnections === undefined ? {} : { lockConnections }),
  };
}

/**
 * Opens the store the options and environment ask for, with its schema migrated to the latest
 * version. Connection errors name the backend and where it points (never a password).
 */
export async function openStore(opts: OpenStoreOptions = {}): Promise<ConversationStore> {
  const target = storeTarget(opts);
  const store =
    target.kind === 'memory'
      ? createMemoryStore()
      : target.kind === 'postgres'
        ? await (await postgresStoreModule()).createPostgresStore({ url: target.url, ...postgresSizes() })
        : await createPgliteStore({ dataDir: target.dataDir });
  try {
    await store.migrate();
  } catch (error) {
    await store.close().catch(() => {});
    throw error;
  }
  return store;
}
