import { type SQL, sql } from 'drizzle-orm';
import { items } from './schema.ts';
import { readStoredJson, STORED_JSON_VERSIONS } from './storedJson.ts';
import type { ConversationRecord, TurnCommit } from './types.ts';

/*
 * The hot path of a durable turn in hand-written SQL. A turn's latency is dominated by statement
 * round trips and planning (each ad-hoc statement costs ~0.2-0.3 ms on PGlite), so the commit is one
 * call to `switchboard_commit_turn` (defined in migrations.ts), and every list travels as ONE jsonb
 * array parameter, unpacked server-side whatever its length.
 */

/** `conversations` columns under the names `ConversationRecord` uses. */
export const RECORD_COLUMNS = sql.raw(
  'id, tenant, graph, active_agent as "activeAgent", status, context, handoff_count as "handoffCount", ' +
    'tool_call_count as "toolCallCount", turn_count as "turnCount", version, ' +
    'created_at as "createdAt", updated_at as "updatedAt", context_version as "contextVersion"',
);

export type RawConversationRow = Omit<ConversationRecord, 'createdAt' | 'updatedAt'> & {
  createdAt: string | Date;
  updatedAt: string | Date;
  contextVersion: number;
};

/**
 * A `conversations` row as the record callers see: the context read in its stored schema version
 * (refused if unknown, upgraded if older), timestamps parsed (both drivers hand them over unparsed
 * when drizzle runs raw SQL).
 */
export function recordFromRow(row: RawConversationRow): ConversationRecord {
  const { contextVersion, ...record } = row;
  return {
    ...record,
    context: readStoredJson('context', contextVersion, row.context, `conversation ${row.id}`),
    createdAt: new Date(row.createdAt),
    updatedAt: new Date(row.updatedAt),
  };
}

/** Handoffs that actually moved the conversation; `rejected` ones are audited but not counted. */
export function countedHandoffs(handoffList: TurnCommit['handoffs']): number {
  let n = 0;
  for (const h of handoffList) if (h.kind !== 'rejected') n++;
  return n;
}

/** Returns the updated conversation, or no row when `expectedVersion` did not match (nothing written). */
export function commitTurnStatement(commit: TurnCommit): SQL {
  return sql`select ${RECORD_COLUMNS} from switchboard_commit_turn(
    ${commit.conversationId}, ${commit.expectedVersion}, ${commit.turn}, ${commit.activeAgent}, ${commit.status},
    ${JSON.stringify(commit.context)}, ${countedHandoffs(commit.handoffs)}, ${commit.toolCallsAdded},
    ${JSON.stringify(commit.items)}, ${JSON.stringify(commit.handoffs)}, ${JSON.stringify(commit.events)},
    ${STORED_JSON_VERSIONS.context}, ${STORED_JSON_VERSIONS.eventData})`;
}

/**
 * Appends items after the current last seq. Run it after locking the conversation row in an earlier
 * statement of the same transaction: in READ COMMITTED this statement's snapshot then includes every
 * item the previous lock holder committed.
 */
export function appendItemsStatement(
  conversationId: string,
  turn: number,
  newItems: TurnCommit['items'],
): SQL {
  return sql`insert into ${items} (conversation_id, seq, turn, agent, item)
    select ${conversationId}::text,
      coalesce((select max(seq) from ${items} where conversation_id = ${conversationId}), 0) + x.ord,
      ${turn}::integer, x.v->>'agent', x.v->'item'
    from jsonb_array_elements(${JSON.stringify(newItems)}::jsonb) with ordinality as x(v, ord)`;
}
