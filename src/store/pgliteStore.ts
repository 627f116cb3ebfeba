import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { DamagedDataDirError, forgetFailedStart, pidFileExists, structuralDamage } from './damagedDataDir.ts';
import { attachLock, type DataDirLock, lockDataDir } from './dataDirLock.ts';
import { DumpBlob, openPGlite, openPGliteCopy } from './pgliteCluster.ts';
import { preparedTurnStatements } from './pglitePreparedTurn.ts';
import { type PreparedSnapshot, takePreparedSnapshot } from './pgliteRecycle.ts';
import { createSqlStore } from './sqlStore.ts';
import type { ConversationStore } from './types.ts';

export type PgliteStoreOptions = {
  /** Directory holding the database files; omitted = in-memory (gone on close). */
  dataDir?: string;
};

/**
 * The embedded default: PostgreSQL compiled to WASM, in-process. One PGlite instance is one
 * connection, so transactions are serialized. A data directory is locked for the process that opens
 * it (see dataDirLock.ts): a second process gets `DataDirBusyError` instead of diverging copies.
 */
export async function createPgliteStore(options: PgliteStoreOptions = {}): Promise<ConversationStore> {
  if (options.dataDir === undefined) return storeOn(await openClient(undefined), null);
  const dataDir = resolve(options.dataDir);
  let client: PGlite | undefined;
  let lock: DataDirLock;
  try {
    lock = await lockDataDir(dataDir, { onLost: () => void client?.close().catch(() => {}) });
  } catch (error) {
    if ((error as Error).name === 'DataDirBusyError') throw error;
    throw new Error(`PGlite store could not open ${dataDir}: ${(error as Error).message}`, { cause: error });
  }
  try {
    client = await openExisting(dataDir);
  } catch (error) {
    await lock.release();
    throw error;
  }
  const store = storeOn(client, lock);
  attachLock(store, lock);
  return store;
}

/**
 * Opens the database in `dataDir`. A directory that held a database and does not open is reported as
 * damaged: structural damage before PGlite touches it (it would otherwise write to it, or initialize a
 * new empty database over one whose PG_VERSION is gone), anything else after PGlite's failed start.
 */
async function openExisting(dataDir: string): Promise<PGlite> {
  const damage = structuralDamage(dataDir);
  if (damage) throw new DamagedDataDirError(dataDir, damage, false);
  const hadDatabase = existsSync(join(dataDir, 'PG_VERSION'));
  const hadPidFile = pidFileExists(dataDir);
  try {
    return await openClient(dataDir);
  } catch (error) {
    if (!hadDatabase) throw error;
    forgetFailedStart(dataDir, hadPidFile);
    const raw = ((error as Error).cause as Error | undefined)?.message ?? (error as Error).message;
    // Emscripten's abort text names a build flag: say what it means instead.
    const reason = /^Aborted\(/.test(raw) ? 'PostgreSQL aborted while starting on these files' : raw;
    throw new DamagedDataDirError(dataDir, reason, true, error);
  }
}

async function openClient(dataDir: string | undefined): Promise<PGlite> {
  try {
    return await openPGlite(dataDir);
  } catch (error) {
    throw new Error(`PGlite store could not open ${dataDir ?? 'in-memory'}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

function storeOn(
  client: PGlite,
  lock: DataDirLock | null,
  giveBack?: (client: PGlite) => void,
): ConversationStore {
  return createSqlStore(drizzle({ client }), {
    kind: 'pglite',
    close: async () => {
      try {
        if (giveBack && !client.closed) giveBack(client);
        else if (!client.closed) await client.close();
      } finally {
        await lock?.release();
      }
    },
    prepared: preparedTurnStatements(client),
  });
}

/** A prepared in-memory database that many isolated runs start from, each on a copy of its own. */
export type PgliteStoreTemplate = {
  /** A new store on a copy of the prepared database: what one run writes, no other run sees. */
  copy(): Promise<ConversationStore>;
  close(): Promise<void>;
  /** How many copies were loaded from the dump and how many handed out again after a reset. */
  readonly counts: { loaded: number; reused: number };
};

/**
 * Prepares a database once (`prepare`: migrate, seed a graph's tables) and hands out copies of it.
 * Opening and migrating PGlite costs seconds; loading a prepared one costs a fraction of that, so an
 * eval that gives every scenario a fresh database (dialogueEval.ts) pays the setup once, not per run.
 *
 * The prepared database is dumped once and closed: a copy loads that dump (PGlite's `clone()` would
 * dump it again for each). Like every in-memory database, copies start with the small buffer cache
 * (pgliteCluster.ts). A copy whose store is closed is not shut down but kept, and the next `copy()`
 * gets it back reset to the prepared state (pgliteRecycle.ts): a reset costs a small part of loading a
 * copy. One that no longer fits the snapshot (its tables changed) or fails to reset is closed instead.
 */
export async function createPgliteStoreTemplate(
  prepare: (store: ConversationStore) => Promise<void>,
): Promise<PgliteStoreTemplate> {
  const client = await openClient(undefined);
  const store = storeOn(client, null);
  let dump: Blob | null;
  let snapshot: PreparedSnapshot;
  try {
    await prepare(store);
    snapshot = await takePreparedSnapshot(client);
    dump = await DumpBlob.of(await client.dumpDataDir('none'));
  } finally {
    await store.close();
  }
  // The first copy is loaded now: the sequences' positions a reset restores are read from it.
  const idle: PGlite[] = [];
  const counts = { loaded: 1, reused: 0 };
  let fresh: PGlite | null = await openPGliteCopy(dump);
  await snapshot.takePositions(fresh);
  const giveBack = (used: PGlite) => {
    if (dump) idle.push(used);
    else void used.close();
  };
  const reused = async (): Promise<PGlite | null> => {
    if (fresh) {
      const first = fresh;
      fresh = null;
      return first;
    }
    for (let used = idle.pop(); used; used = idle.pop()) {
      const fits = await snapshot.reset(used).catch(() => false);
      if (fits) {
        counts.reused += 1;
        return used;
      }
      await used.close().catch(() => {});
    }
    return null;
  };
  return {
    copy: async () => {
      if (!dump) throw new Error('the PGlite store template is closed');
      const client = await reused();
      if (client) return storeOn(client, null, giveBack);
      counts.loaded += 1;
      return storeOn(await openPGliteCopy(dump), null, giveBack);
    },
    counts,
    close: async () => {
      dump = null;
      const left = [...idle.splice(0), ...(fresh ? [fresh] : [])];
      fresh = null;
      await Promise.all(left.map((used) => used.close()));
    },
  };
}
