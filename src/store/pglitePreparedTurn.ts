import type { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import { executePreparedCommit, PREPARE_COMMIT, PREPARE_LOAD } from './lockedTurnSql.ts';
import { sqlLiteral } from './sqlHelpers.ts';
import type { TraceRide } from './traceWriteBatch.ts';
import type { RawConversationRow } from './turnCommitSql.ts';

/** A turn's two statements, run as prepared statements; null while they cannot be prepared yet. */
export type PreparedTurnStatements = {
  /** The raw `loadTurn` row (turnLoadSql.ts), absent when there is no such conversation. */
  loadRow(conversationId: string): Promise<{ row?: unknown } | null>;
  /**
   * The commit's rows (turnCommitSql.ts): one on success, none when the version did not match.
   * `takeRide` hands over queued side data to write in the same transaction (traceWriteBatch.ts).
   */
  commitRows(commit: SQL, takeRide?: () => TraceRide | null): Promise<RawConversationRow[] | null>;
};

/**
 * The turn's load and commit as statements prepared once per PGlite instance (issue #20). PGlite's
 * `query` parses and plans every statement anew (unnamed statement, six protocol messages); planning
 * the load (four correlated subqueries) was most of its cost: 2–4 ms of CPU against ~1 ms for
 * `execute` of the cached plan, measured in-process (docs/performance.md). The prepared statements
 * are reached with a simple-protocol `execute`, parameters written in as literals. Until the tables
 * and functions exist (before migration) the prepare fails, both calls answer null and the caller runs
 * the ordinary statement; the next call tries again.
 */
export function preparedTurnStatements(client: PGlite): PreparedTurnStatements {
  let prepared: Promise<boolean> | null = null;
  const ready = () => {
    prepared ??= client.exec(`${PREPARE_LOAD}; ${PREPARE_COMMIT}`).then(
      () => true,
      () => {
        prepared = null;
        return false;
      },
    );
    return prepared;
  };
  return {
    async loadRow(conversationId) {
      if (!(await ready())) return null;
      const [result] = await client.exec(`execute switchboard_load_turn(${sqlLiteral(conversationId)})`);
      return { row: result?.rows[0] };
    },
    async commitRows(commit, takeRide) {
      if (!(await ready())) return null;
      // One simple query of two statements is one implicit transaction: the commit and its riders.
      const ride = takeRide?.() ?? null;
      const execute = executePreparedCommit(commit, sqlLiteral);
      let results: Awaited<ReturnType<PGlite['exec']>>;
      try {
        results = await client.exec(ride ? `${execute}; ${ride.statement}` : execute);
      } catch (error) {
        ride?.failed();
        throw error;
      }
      ride?.committed(results[1]?.rows[0]?.stored);
      return (results[0]?.rows ?? []) as RawConversationRow[];
    },
  };
}
