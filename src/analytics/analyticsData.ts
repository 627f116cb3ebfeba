import { and, asc, eq, gte, inArray, isNull, lt, type SQL } from 'drizzle-orm';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import { type AnalysisRecord, analysisStoreFor } from '../store/analysisStore.ts';
import { conversationAnalyses, conversations, events, handoffs } from '../store/schema.ts';
import { sqlDatabaseOf } from '../store/sqlHandle.ts';
import { readStoredJson } from '../store/storedJson.ts';
import { recordFromRow } from '../store/turnCommitSql.ts';
import type { ConversationRecord, ConversationStore, HandoffKind } from '../store/types.ts';

/** Which conversations analytics looks at. `tenant: null` = conversations without a tenant; absent = all. */
export type AnalyticsFilter = {
  graph?: string;
  tenant?: string | null;
  /** Created at or after. */
  since?: Date;
  /** Created before. */
  until?: Date;
  conversationId?: string;
};

/** The events analytics reads; everything else in the events table is left in the database. */
export const ANALYTICS_EVENTS = [
  'turn.metrics',
  'policy.tripped',
  'handoff.rejected',
  'tool.call',
  // Telephony (telephonyMetrics.ts): which conversations were phone calls, and their transfers.
  'voice.started',
  'telephony.transfer.completed',
  'telephony.callback.requested',
] as const;

export type ConversationRows = {
  conversation: ConversationRecord;
  handoffs: { turn: number; from: string; to: string; kind: HandoffKind; reason: string }[];
  events: { turn: number; type: string; data: Record<string, unknown> }[];
  analysis: AnalysisRecord | null;
};

/** Everything analytics needs about the matching conversations, oldest first: four queries on SQL stores. */
export async function loadConversationRows(
  store: ConversationStore,
  filter: AnalyticsFilter,
): Promise<ConversationRows[]> {
  const db = await sqlDatabaseOf(store);
  return db ? loadSql(db, filter) : loadMemory(store, filter);
}

function conditions(filter: AnalyticsFilter): SQL | undefined {
  const where: SQL[] = [];
  if (filter.conversationId !== undefined) where.push(eq(conversations.id, filter.conversationId));
  if (filter.graph !== undefined) where.push(eq(conversations.graph, filter.graph));
  if (filter.tenant === null) where.push(isNull(conversations.tenant));
  else if (filter.tenant !== undefined) where.push(eq(conversations.tenant, filter.tenant));
  if (filter.since) where.push(gte(conversations.createdAt, filter.since));
  if (filter.until) where.push(lt(conversations.createdAt, filter.until));
  return and(...where);
}

async function loadSql(db: PgDatabase<any, any>, filter: AnalyticsFilter): Promise<ConversationRows[]> {
  const where = conditions(filter);
  const [convs, handoffRows, eventRows, analyses] = await Promise.all([
    db.select().from(conversations).where(where).orderBy(asc(conversations.createdAt), asc(conversations.id)),
    db
      .select({
        conversationId: handoffs.conversationId,
        turn: handoffs.turn,
        from: handoffs.fromAgent,
        to: handoffs.toAgent,
        kind: handoffs.kind,
        reason: handoffs.reason,
      })
      .from(handoffs)
      .innerJoin(conversations, eq(conversations.id, handoffs.conversationId))
      .where(where)
      .orderBy(asc(handoffs.conversationId), asc(handoffs.seq)),
    db
      .select({
        conversationId: events.conversationId,
        turn: events.turn,
        type: events.type,
        data: events.data,
        dataVersion: events.dataVersion,
      })
      .from(events)
      .innerJoin(conversations, eq(conversations.id, events.conversationId))
      .where(and(where, inArray(events.type, [...ANALYTICS_EVENTS])))
      .orderBy(asc(events.conversationId), asc(events.seq)),
    db
      .select({ analysis: conversationAnalyses })
      .from(conversationAnalyses)
      .innerJoin(conversations, eq(conversations.id, conversationAnalyses.conversationId))
      .where(where),
  ]);
  const byId = new Map<string, ConversationRows>();
  for (const conversation of convs)
    byId.set(conversation.id, {
      conversation: recordFromRow(conversation),
      handoffs: [],
      events: [],
      analysis: null,
    });
  for (const { conversationId, ...h } of handoffRows) byId.get(conversationId)?.handoffs.push(h);
  for (const { conversationId, dataVersion, ...e } of eventRows) {
    const data = readStoredJson<Record<string, unknown>>(
      'eventData',
      dataVersion,
      e.data,
      `an event of ${conversationId}`,
    );
    byId.get(conversationId)?.events.push({ ...e, data });
  }
  for (const { analysis } of analyses) {
    const rows = byId.get(analysis.conversationId);
    if (rows) rows.analysis = analysis;
  }
  return [...byId.values()];
}

async function loadMemory(store: ConversationStore, filter: AnalyticsFilter): Promise<ConversationRows[]> {
  let list: ConversationRecord[];
  if (filter.conversationId !== undefined) {
    const one = await store.getConversation(filter.conversationId);
    list = one ? [one] : [];
  } else {
    list = await store.listConversations({ graph: filter.graph, tenant: filter.tenant });
  }
  list = list
    .filter((c) => filter.graph === undefined || c.graph === filter.graph)
    .filter((c) => !filter.since || c.createdAt >= filter.since)
    .filter((c) => !filter.until || c.createdAt < filter.until)
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
  const wanted = new Set<string>(ANALYTICS_EVENTS);
  const analyses = await analysisStoreFor(store);
  const found = new Map((await analyses.getMany(list.map((c) => c.id))).map((a) => [a.conversationId, a]));
  return Promise.all(
    list.map(async (conversation) => ({
      conversation,
      handoffs: (await store.listHandoffs(conversation.id)).map(({ turn, from, to, kind, reason }) => ({
        turn,
        from,
        to,
        kind,
        reason,
      })),
      events: (await store.listEvents(conversation.id))
        .filter((e) => wanted.has(e.type))
        .map(({ turn, type, data }) => ({ turn, type, data })),
      analysis: found.get(conversation.id) ?? null,
    })),
  );
}
