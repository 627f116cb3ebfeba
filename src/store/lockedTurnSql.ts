import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { commitTurnStatement } from './turnCommitSql.ts';
import { loadTurnStatement } from './turnLoadSql.ts';

/*
 * The prepared load and commit are also what a PGlite store runs (pglitePreparedTurn.ts).
 *
 * The statements a turn sends on its lock connection (conversationLocks.ts), each ONE simple-protocol
 * query of several statements. PostgreSQL runs such a query as one implicit transaction (one commit,
 * one `xact_commit`), and in READ COMMITTED every statement in it takes a fresh snapshot: the load
 * after the lock sees everything the previous holder committed, which a single statement calling
 * both could not promise (its snapshot would predate the lock).
 */

const dialect = new PgDialect();

/** Prepared once per lock connection: the turn's one-statement load (turnLoadSql.ts) for `$1`. */
export const PREPARE_LOAD = `prepare switchboard_load_turn(text) as ${dialect.sqlToQuery(loadTurnStatement('\u0000')).sql}`;

/**
 * Prepared once per lock connection: the turn's commit (turnCommitSql.ts), so a commit is parsed and
 * planned once per connection instead of once per turn. Its parameters are those of
 * `commitTurnStatement`, in its order (the statement below is built from it); the types are
 * `switchboard_commit_turn`'s.
 */
export const PREPARE_COMMIT = `prepare switchboard_commit_turn_prepared(text, integer, integer, text, text, jsonb, integer, integer, jsonb, jsonb, jsonb, integer, integer) as ${
  dialect.sqlToQuery(
    commitTurnStatement({
      conversationId: '',
      expectedVersion: 0,
      turn: 0,
      items: [],
      handoffs: [],
      events: [],
      activeAgent: '',
      status: 'active',
      context: {},
      toolCallsAdded: 0,
    }),
  ).sql
}`;

type Escape = (value: string) => string;

/** Takes the lock without waiting, then (whether or not it was free) reads the turn: results [ok, load]. */
export function lockAndLoadQuery(key: string, conversationId: string, escapeLiteral: Escape): string {
  return `select pg_try_advisory_lock(${bigint(key)}) as ok; execute switchboard_load_turn(${escapeLiteral(conversationId)})`;
}

/**
 * The turn's commit statement (turnCommitSql.ts) between a transaction-level hold of the same key and
 * the release of the session lock. The session lock goes before the commit, but the transaction-level
 * hold is released only once the commit is visible (PostgreSQL frees a transaction's locks after it
 * marks it committed), so another node never gets the lock and then reads the conversation as it was.
 * If the commit fails, the rest is not run and the lock is still held. `rider` (queued traces,
 * traceWriteBatch.ts) runs after the commit and before the unlock, so if it ever failed the lock
 * would still be held too. Results: [hold, commit, rider?, unlock].
 */
export function commitAndUnlockQuery(
  key: string,
  commit: SQL,
  escapeLiteral: Escape,
  rider?: string,
): string {
  return (
    `select pg_advisory_xact_lock(${bigint(key)}); ${executePreparedCommit(commit, escapeLiteral)}; ` +
    (rider ? `${rider}; ` : '') +
    `select pg_advisory_unlock(${bigint(key)}) as unlocked`
  );
}

/** `execute` of the prepared commit with the statement's parameters as literals (the simple protocol takes none). */
export function executePreparedCommit(commit: SQL, escapeLiteral: Escape): string {
  const { params } = dialect.sqlToQuery(commit);
  const literals = params.map((value) =>
    value === null || value === undefined ? 'NULL' : escapeLiteral(String(value)),
  );
  return `execute switchboard_commit_turn_prepared(${literals.join(', ')})`;
}

function bigint(key: string): string {
  if (!/^-?\d+$/.test(key)) throw new Error(`not a lock key: ${key}`);
  return `${key}::bigint`;
}
