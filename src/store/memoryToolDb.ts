import type { PGlite, Transaction } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { openPGlite } from './pgliteCluster.ts';
import type { ToolDb } from './types.ts';

/** The part of a PGlite client that drizzle's PGlite driver calls. */
type DriverClient = Pick<PGlite, 'query' | 'exec' | 'transaction'>;

function drizzleOver(client: DriverClient): ToolDb {
  return drizzle({ client: client as PGlite });
}

/**
 * The in-memory PGlite behind the memory store's `toolDb()`, `runToolOnce` and `ensureSetup`.
 *
 * Opening PGlite costs a second or more, and most memory stores (evals, benchmarks) never run a tool
 * that touches a table. So nothing opens until the first query: setup statements are queued and
 * applied right after opening, and a tool call's transaction begins at its first query. A setup
 * statement that fails therefore surfaces at the first query, naming its setup key.
 */
export function createMemoryToolDb() {
  let opening: Promise<PGlite> | undefined;
  let flushing: Promise<void> | undefined;
  const pendingSetups: { key: string; statements: string[] }[] = [];
  const setupKeys = new Set<string>();

  async function applyPendingSetups(pg: PGlite): Promise<void> {
    for (let next = pendingSetups.shift(); next; next = pendingSetups.shift()) {
      const { key, statements } = next;
      try {
        await pg.transaction(async (tx) => {
          for (const statement of statements) await tx.query(statement);
        });
      } catch (error) {
        setupKeys.delete(key);
        throw new Error(`setup "${key}" failed: ${(error as Error).message}`, { cause: error });
      }
    }
  }

  async function ready(): Promise<PGlite> {
    opening ??= openPGlite();
    const pg = await opening;
    while (pendingSetups.length > 0) {
      flushing ??= applyPendingSetups(pg).finally(() => {
        flushing = undefined;
      });
      await flushing;
    }
    return pg;
  }

  const lazyClient: DriverClient = {
    query: async (...args: Parameters<PGlite['query']>) => (await ready()).query(...args),
    exec: async (...args: Parameters<PGlite['exec']>) => (await ready()).exec(...args),
    transaction: async (callback) => (await ready()).transaction(callback),
  } as DriverClient;
  const lazyDb = drizzleOver(lazyClient);

  return {
    /** Drizzle over the lazily opened PGlite; free until the first query. */
    async open(): Promise<ToolDb> {
      return lazyDb;
    },

    async ensureSetup(key: string, statements: string[]): Promise<void> {
      if (setupKeys.has(key)) return;
      setupKeys.add(key);
      if (statements.length > 0) pendingSetups.push({ key, statements });
      if (opening) await ready();
    },

    /**
     * Runs `fn` in a transaction that commits if it resolves and rolls back if it throws. The
     * transaction (and PGlite itself) only starts when `fn` issues its first query.
     */
    async transaction<T>(fn: (tx: ToolDb) => Promise<T>): Promise<T> {
      const lazy = lazyTransaction(ready);
      let result: T;
      try {
        result = await fn(drizzleOver(lazy.client));
      } catch (error) {
        await lazy.end(false).catch(() => {});
        throw error;
      }
      await lazy.end(true);
      return result;
    },

    async close(): Promise<void> {
      const pg = await opening?.catch(() => undefined);
      opening = undefined;
      if (pg && !pg.closed) await pg.close();
    },
  };
}

/**
 * A client whose first query begins a PGlite transaction that stays open until `end` decides to
 * commit or roll back. Nested `transaction` calls (drizzle's `db.transaction` inside a tool) become
 * savepoints of it.
 */
function lazyTransaction(ready: () => Promise<PGlite>) {
  let started: Promise<Transaction> | undefined;
  let finished: Promise<void> = Promise.resolve();
  let decide: (commit: boolean) => void = () => {};
  let savepoints = 0;

  const begin = (): Promise<Transaction> => {
    started ??= new Promise<Transaction>((resolveTx, rejectTx) => {
      const decision = new Promise<boolean>((resolve) => {
        decide = resolve;
      });
      finished = ready()
        .then((pg) =>
          pg.transaction(async (tx) => {
            resolveTx(tx);
            if (!(await decision)) await tx.rollback();
          }),
        )
        .then(
          () => {},
          (error: unknown) => {
            rejectTx(error);
            throw error;
          },
        );
      // Observed by `end`; until then a failure must not count as an unhandled rejection.
      finished.catch(() => {});
    });
    return started;
  };

  const client = {
    query: async (...args: Parameters<Transaction['query']>) => (await begin()).query(...args),
    exec: async (...args: Parameters<Transaction['exec']>) => (await begin()).exec(...args),
    transaction: async <T>(callback: (tx: Transaction) => Promise<T>): Promise<T> => {
      const tx = await begin();
      const name = `sp${++savepoints}`;
      await tx.exec(`savepoint ${name}`);
      try {
        const result = await callback(tx);
        await tx.exec(`release savepoint ${name}`);
        return result;
      } catch (error) {
        await tx.exec(`rollback to savepoint ${name}`);
        throw error;
      }
    },
  } as DriverClient;

  return {
    client,
    /** Commits or rolls back, if a transaction ever began. */
    async end(commit: boolean): Promise<void> {
      if (!started) return;
      decide(commit);
      await finished;
    },
  };
}
