import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { createSqlStore } from './pgStore.ts';
import type { ConversationStore } from './types.ts';

export type PgliteStoreOptions = {
  /** Directory holding the database files; omitted = in-memory (gone on close). */
  dataDir?: string;
};

/**
 * The embedded default: PostgreSQL compiled to WASM, in-process. One PGlite instance is one
 * connection, so transactions are serialized; a data directory must not be opened by two processes.
 */
export async function createPgliteStore(options: PgliteStoreOptions = {}): Promise<ConversationStore> {
  const dataDir = options.dataDir === undefined ? undefined : resolve(options.dataDir);
  let client: PGlite;
  try {
    if (dataDir !== undefined) mkdirSync(dataDir, { recursive: true });
    client = await PGlite.create(dataDir);
  } catch (error) {
    const where = dataDir ?? 'in-memory';
    throw new Error(`PGlite store could not open ${where}: ${(error as Error).message}`, { cause: error });
  }
  const db = drizzle({ client });
  return createSqlStore(db, {
    kind: 'pglite',
    close: async () => {
      if (!client.closed) await client.close();
    },
  });
}
