import type { PGlite } from '@electric-sql/pglite';
import { PREPARE_LOAD } from './lockedTurnSql.ts';
import { sqlLiteral } from './sqlHelpers.ts';
import { turnLoadFromRow } from './turnLoadSql.ts';
import type { ConversationStore } from './types.ts';

type LoadTurn = NonNullable<ConversationStore['loadTurn']>;

/**
 * The turn's load (turnLoadSql.ts) as a statement prepared once per PGlite instance (issue #20).
 * Planning that statement (four correlated subqueries) was most of its cost on PGlite: 2–3 ms of CPU
 * against ~1 ms for `execute` of the cached plan, measured in-process (docs/performance.md). PGlite's
 * `query` always parses anew (unnamed statement), so the prepared plan is reached with a simple-protocol
 * `execute` and the id written in as a literal. Until the tables exist (before migration) the prepare
 * fails and the ordinary statement is used; the next load tries again.
 */
export function preparedTurnLoad(client: PGlite, ordinary: LoadTurn): LoadTurn {
  let prepared: Promise<boolean> | null = null;
  return async (conversationId) => {
    prepared ??= client.exec(PREPARE_LOAD).then(
      () => true,
      () => {
        prepared = null;
        return false;
      },
    );
    if (!(await prepared)) return ordinary(conversationId);
    const [result] = await client.exec(`execute switchboard_load_turn(${sqlLiteral(conversationId)})`);
    const row = result?.rows[0];
    return row ? turnLoadFromRow(row as any) : null;
  };
}
