import { type SQL, sql } from 'drizzle-orm';
import { toolCallFromRow } from './toolCallLedger.ts';
import { type RawConversationRow, RECORD_COLUMNS, recordFromRow } from './turnCommitSql.ts';
import type { StoredItem, ToolCallRecord, TurnLoad } from './types.ts';

/*
 * Everything a turn reads before it runs, in ONE statement (one round trip, one transaction): the
 * conversation row, its items, the last handoff that moved it (SLA and ping-pong checks), the handoff
 * log (reroute count) and the ledger records of the turn about to run (side effects an earlier attempt
 * left). Read one by one these were four to six transactions per turn (issue #20).
 */

export function loadTurnStatement(conversationId: string): SQL {
  return sql`select ${RECORD_COLUMNS},
    (select coalesce(json_agg(json_build_object('seq', i.seq, 'turn', i.turn, 'agent', i.agent, 'item', i.item,
        'createdAt', i.created_at) order by i.seq), '[]'::json)
      from items i where i.conversation_id = c.id) as "loadedItems",
    (select json_build_object('from', h.from_agent, 'to', h.to_agent, 'turn', h.turn)
      from handoffs h where h.conversation_id = c.id and h.kind <> 'rejected'
      order by h.seq desc limit 1) as "lastHandoff",
    (select coalesce(json_agg(json_build_object('from', h.from_agent, 'to', h.to_agent, 'turn', h.turn, 'kind', h.kind)
        order by h.seq), '[]'::json)
      from handoffs h where h.conversation_id = c.id) as "handoffLog",
    (select coalesce(json_agg(json_build_object('conversationId', t.conversation_id, 'callId', t.call_id,
        'turn', t.turn, 'occurrence', t.occurrence, 'tool', t.tool, 'agent', t.agent, 'arguments', t.arguments,
        'result', t.result, 'resultVersion', t.result_version, 'status', t.status, 'createdAt', t.created_at, 'completedAt', t.completed_at)
        order by t.created_at, t.tool, t.occurrence), '[]'::json)
      from tool_calls t where t.conversation_id = c.id and t.turn = c.turn_count + 1) as "ledger"
    from conversations c where c.id = ${conversationId}`;
}

type RawLoad = RawConversationRow & {
  loadedItems: (Omit<StoredItem, 'createdAt'> & { createdAt: string })[];
  lastHandoff: TurnLoad['lastHandoff'];
  handoffLog: TurnLoad['handoffs'];
  ledger: (Omit<ToolCallRecord, 'createdAt' | 'completedAt'> & {
    resultVersion: number;
    createdAt: string;
    completedAt: string | null;
  })[];
};

/** Both drivers parse json columns; timestamps inside json arrive as text. */
export function turnLoadFromRow(row: RawLoad): TurnLoad {
  const { loadedItems, lastHandoff, handoffLog, ledger, ...record } = row;
  return {
    record: recordFromRow(record),
    items: loadedItems.map((i) => ({ ...i, createdAt: new Date(i.createdAt) })),
    lastHandoff,
    handoffs: handoffLog,
    toolCalls: ledger.map((t) =>
      toolCallFromRow({
        ...t,
        createdAt: new Date(t.createdAt),
        completedAt: t.completedAt === null ? null : new Date(t.completedAt),
      }),
    ),
  };
}
