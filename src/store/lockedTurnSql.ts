import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { loadTurnStatement } from './turnLoadSql.ts';

/*
 * The statements a turn sends on its lock connection (conversationLocks.ts), each ONE simple-protocol
 * query of several statements. PostgreSQL runs such a query as one implicit transaction (one commit,
 * one `xact_commit`), and in READ COMMITTED every statement in it takes a fresh snapshot: the load
 * after the lock sees everything the previous holder committed, which a single statement calling
 * both could not promise (its snapshot would predate the lock).
 */

const dialect = new PgDialect();

/** Prepared once per lock connection: the turn's one-statement load (turnLoadSql.ts) for `$1`. */
export const PREPARE_LOAD = `prepare switchboard_load_turn(text) as ${dialect.sqlToQuery(loadTurnStatement('\u0000')).sql}`;

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
 * If the commit fails, the rest is not run and the lock is still held. Results: [hold, commit, unlock].
 */
export function commitAndUnlockQuery(key: string, commit: SQL, escapeLiteral: Escape): string {
  return (
    `select pg_advisory_xact_lock(${bigint(key)}); ${inline(commit, escapeLiteral)}; ` +
    `select pg_advisory_unlock(${bigint(key)}) as unlocked`
  );
}

/** The statement with its parameters written in as literals: the simple protocol takes no parameters. */
function inline(statement: SQL, escapeLiteral: Escape): string {
  const { sql, params } = dialect.sqlToQuery(statement);
  return sql.replace(/\$(\d+)\b/g, (_, n: string) => {
    const value = params[Number(n) - 1];
    return value === null || value === undefined ? 'NULL' : escapeLiteral(String(value));
  });
}

function bigint(key: string): string {
  if (!/^-?\d+$/.test(key)) throw new Error(`not a lock key: ${key}`);
  return `${key}::bigint`;
}
