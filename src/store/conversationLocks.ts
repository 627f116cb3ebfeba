import { createHash } from 'node:crypto';
import type { SQL } from 'drizzle-orm';
import type pg from 'pg';
import { commitAndUnlockQuery, lockAndLoadQuery } from './lockedTurnSql.ts';
import { LockSession } from './lockSession.ts';
import { sqlLiteral } from './sqlHelpers.ts';
import type { TraceRide } from './traceWriteBatch.ts';

/** Gives the lock back; resolves once PostgreSQL has released it (or the session holding it is gone). */
export type LockRelease = () => Promise<void>;

/** The conversation's lock and what the turn reads, taken in one round trip (one transaction). */
export type LockedTurn = {
  release: LockRelease;
  /** The raw `loadTurn` row read under the lock (turnLoadSql.ts), or null if there is no such conversation. */
  loadRow: unknown | null;
};

/**
 * Per-conversation turn locks shared by every process on one PostgreSQL database: session-level
 * advisory locks held on a few dedicated connections per process (a conversation always on the same
 * one). A session lock dies with its session, so a node killed with SIGKILL releases every lock it
 * held as soon as PostgreSQL sees the socket close.
 *
 * `tryLock` never waits: the loser of a race gets null at once (the API answers 409), because a turn
 * can run for seconds (model calls) and a queued request would hold an HTTP connection all that time.
 *
 * A turn's lock rides with its reads and its commit (issue #20): `tryLockAndLoad` locks and loads in
 * one transaction, `commitAndUnlock` commits and gives the lock back in one; so a turn costs two
 * transactions here instead of four (lock, load, commit, unlock).
 *
 * If a lock connection drops mid-turn, its locks are gone while the turn goes on; the store's
 * optimistic version check on commit still refuses the second writer, so nothing interleaves.
 */
export class AdvisoryConversationLocks {
  private readonly sessions: LockSession[];
  /** Locks this process holds: which session, so the commit goes where the lock is. */
  private readonly held = new Map<string, { session: LockSession; client: pg.Client; key: string }>();

  constructor(config: pg.ClientConfig, sessions = DEFAULT_LOCK_SESSIONS) {
    this.sessions = Array.from({ length: Math.max(1, sessions) }, () => new LockSession(config));
  }

  /** Takes the conversation's lock, or returns null when another session (another node) holds it. */
  async tryLock(conversationId: string): Promise<LockRelease | null> {
    const locked = await this.lock(conversationId, false);
    return locked?.release ?? null;
  }

  /** `tryLock`, and the turn's load read under the lock in the same transaction. */
  tryLockAndLoad(conversationId: string): Promise<LockedTurn | null> {
    return this.lock(conversationId, true);
  }

  /**
   * Runs the turn's commit on the connection holding the lock and gives the lock back in the same
   * transaction; the release function becomes a no-op. Returns the commit's rows, or null when this
   * process does not hold the lock (the caller commits the ordinary way). `takeRide` hands over
   * queued side data to write in the same transaction, after the commit (traceWriteBatch.ts).
   */
  async commitAndUnlock(
    conversationId: string,
    commit: SQL,
    takeRide?: (literal: (value: string) => string) => TraceRide | null,
  ): Promise<unknown[] | null> {
    const hold = this.held.get(conversationId);
    if (!hold || hold.session.current() !== hold.client) return null;
    return hold.session.run(async (client) => {
      if (client !== hold.client) return null; // the lock's session ended: its lock is gone
      // sqlLiteral, not `client.escapeLiteral`: the same literal (quotes and backslashes doubled, E'…'
      // with a backslash), built with native replaces instead of pg's loop of string appends, which was
      // ~10× slower on the commit's items and the riding traces (kilobytes of JSON per turn, issue #20).
      const literal = sqlLiteral;
      const ride = takeRide?.(literal) ?? null;
      let results: pg.QueryResult[];
      try {
        results = (await client.query(
          commitAndUnlockQuery(hold.key, commit, literal, ride?.statement),
        )) as unknown as pg.QueryResult[];
      } catch (error) {
        ride?.failed();
        throw error;
      }
      ride?.committed(results[2]?.rows[0]?.stored);
      if (results.at(-1)?.rows[0]?.unlocked === true) this.held.delete(conversationId);
      return results[1].rows;
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.sessions.map((s) => s.close()));
  }

  private async lock(conversationId: string, load: boolean): Promise<LockedTurn | null> {
    const session = this.sessions[shardOf(conversationId, this.sessions.length)];
    const taken = await session.run(async (client) => {
      const key = lockKey(session.scope, conversationId);
      try {
        if (load) {
          const [lock, read] = (await client.query(
            lockAndLoadQuery(key, conversationId, sqlLiteral),
          )) as unknown as pg.QueryResult[];
          return { client, key, acquired: lock.rows[0].ok === true, loadRow: read.rows[0] ?? null };
        }
        const { rows } = await client.query('select pg_try_advisory_lock($1::bigint) as ok', [key]);
        return { client, key, acquired: rows[0].ok === true, loadRow: null };
      } catch (error) {
        session.drop(client);
        throw error;
      }
    }, true);
    if (!taken.acquired) return null;
    const { client, key } = taken;
    const hold = { session, client, key };
    this.held.set(conversationId, hold);
    const release: LockRelease = async () => {
      if (this.held.get(conversationId) !== hold) return; // given back with the commit
      this.held.delete(conversationId);
      // A replaced connection means the old session ended, and PostgreSQL released its locks with it.
      if (session.current() !== client) return;
      await session.run(async (current) => {
        if (current !== client) return; // replaced while this waited in line
        await client.query('select pg_advisory_unlock($1::bigint)', [key]).catch(() => session.drop(client));
      });
    };
    return { release, loadRow: taken.loadRow };
  }
}

/** Lock connections per process: a turn's load and commit run on its lock's connection, so a few run side by side. */
const DEFAULT_LOCK_SESSIONS = 4;

/** Which lock connection a conversation's lock lives on (always the same one). */
function shardOf(conversationId: string, shards: number): number {
  if (shards === 1) return 0;
  return createHash('sha1').update(conversationId).digest().readUInt32BE(0) % shards;
}

/** A 64-bit key (advisory locks take one bigint): 32-bit `hashtext` would make unrelated conversations collide. */
export function lockKey(scope: string, conversationId: string): string {
  const digest = createHash('sha256').update(`switchboard.turn\0${scope}\0${conversationId}`).digest();
  return digest.readBigInt64BE(0).toString();
}
