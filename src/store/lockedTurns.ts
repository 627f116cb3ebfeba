import type { PgDatabase } from 'drizzle-orm/pg-core';
import { crashSoon } from '../crash/crashPoints.ts';
import type { AdvisoryConversationLocks } from './conversationLocks.ts';
import { takeTraceRide } from './traceWriteBatch.ts';
import { commitTurnStatement, type RawConversationRow, recordFromRow } from './turnCommitSql.ts';
import { turnLoadFromRow } from './turnLoadSql.ts';
import { ConcurrentTurnError, type ConversationStore, NotFoundError, type TurnLoad } from './types.ts';

type LockedTurnMethods = Pick<ConversationStore, 'lockConversation' | 'loadTurn' | 'commitTurn'>;

/**
 * A PostgreSQL store's turn as two transactions (issue #20): the cluster lock is taken together with
 * the turn's load, and given back together with the turn's commit, on the lock's own connection.
 *
 * `lockConversation` reads the turn under the lock and keeps it for the `loadTurn` that follows (a
 * chat turn's). Only a turn that took that load gives the lock back with its commit: a chat turn
 * commits once, as its last write. Other operations under the lock (operator reply, hand-back, end,
 * approvals) commit the ordinary way and unlock when they finish, as before.
 */
export function lockedTurns(
  store: ConversationStore,
  locks: AdvisoryConversationLocks,
  db?: PgDatabase<any, any>,
): LockedTurnMethods {
  /** Loads taken with a lock, not yet handed to `loadTurn`. */
  const preloaded = new Map<string, TurnLoad | null>();
  /** Conversations whose turn took its load from the lock: their commit gives the lock back. */
  const unlockOnCommit = new Set<string>();
  return {
    async lockConversation(conversationId) {
      const locked = await locks.tryLockAndLoad(conversationId);
      if (!locked) return null;
      try {
        preloaded.set(conversationId, locked.loadRow ? turnLoadFromRow(locked.loadRow as any) : null);
      } catch (error) {
        // A row this version cannot read (e.g. a newer stored JSON version): the lock goes back.
        await locked.release();
        throw error;
      }
      return async () => {
        preloaded.delete(conversationId);
        unlockOnCommit.delete(conversationId);
        await locked.release();
      };
    },

    async loadTurn(conversationId) {
      if (preloaded.has(conversationId)) {
        const load = preloaded.get(conversationId) ?? null;
        preloaded.delete(conversationId);
        if (load) unlockOnCommit.add(conversationId);
        return load;
      }
      return store.loadTurn!(conversationId);
    },

    async commitTurn(commit) {
      if (!unlockOnCommit.delete(commit.conversationId)) return store.commitTurn(commit);
      // Queued traces of earlier turns ride along (traceWriteBatch.ts): no transaction of their own.
      const sent = locks.commitAndUnlock(commit.conversationId, commitTurnStatement(commit), (literal) =>
        db ? takeTraceRide(db, literal) : null,
      );
      crashSoon('commit.inflight');
      const rows = await sent;
      if (rows === null) return store.commitTurn(commit); // the lock connection was replaced meanwhile
      const [row] = rows as RawConversationRow[];
      if (row) return recordFromRow(row);
      const current = await store.getConversation(commit.conversationId);
      if (!current) throw new NotFoundError(`conversation ${commit.conversationId}`);
      throw new ConcurrentTurnError(commit.conversationId, commit.expectedVersion, current.version);
    },
  };
}
