import { sql } from 'drizzle-orm';
import { conversations, handoffs } from './schema.ts';
import { sqlDatabaseOf } from './sqlHandle.ts';
import { rowsOf } from './sqlHelpers.ts';
import type { ConversationStore, HandoffKind } from './types.ts';

export type HandoffEdgeCount = { from: string; to: string; kind: HandoffKind; count: number };

/**
 * How often each edge of a graph was taken, over the conversations of one tenant (null = no tenant),
 * grouped by kind. Sorted by from, to, kind. One aggregate query on SQL stores.
 */
export async function countHandoffsByEdge(
  store: ConversationStore,
  graph: string,
  tenant: string | null,
): Promise<HandoffEdgeCount[]> {
  const db = await sqlDatabaseOf(store);
  if (db) {
    const rows = rowsOf<HandoffEdgeCount>(
      await db.execute(sql`select h.from_agent as "from", h.to_agent as "to", h.kind, count(*)::int as count
        from ${handoffs} h join ${conversations} c on c.id = h.conversation_id
        where c.graph = ${graph} and c.tenant is not distinct from ${tenant}
        group by 1, 2, 3`),
    );
    return sortEdges(rows);
  }
  const counts = new Map<string, HandoffEdgeCount>();
  for (const conversation of await store.listConversations({ graph, tenant })) {
    for (const h of await store.listHandoffs(conversation.id)) {
      const key = `${h.from}\u0000${h.to}\u0000${h.kind}`;
      const entry = counts.get(key) ?? { from: h.from, to: h.to, kind: h.kind, count: 0 };
      entry.count += 1;
      counts.set(key, entry);
    }
  }
  return sortEdges([...counts.values()]);
}

const sortEdges = (rows: HandoffEdgeCount[]): HandoffEdgeCount[] =>
  rows.sort(
    (a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to) || a.kind.localeCompare(b.kind),
  );
