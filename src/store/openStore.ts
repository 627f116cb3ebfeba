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
 * Opens the store the options and environment ask for, with its schema migrated to the latest
 * version. Connection errors name the backend and where it points (never a password).
 */
export async function openStore(opts: OpenStoreOptions = {}): Promise<ConversationStore> {
  const target = storeTarget(opts);
  const store =
    target.kind === 'memory'
      ? createMemoryStore()
      : target.kind === 'postgres'
        ? await (await postgresStoreModule()).createPostgresStore({ url: target.url })
        : await createPgliteStore({ dataDir: target.dataDir });
  try {
    await store.migrate();
  } catch (error) {
    await store.close().catch(() => {});
    throw error;
  }
  return store;
}
