import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import { crashSoon } from '../crash/crashPoints.ts';
import { creationTime } from './creationTime.ts';
import { migrate } from './migrations.ts';
import type { PreparedTurnStatements } from './pglitePreparedTurn.ts';
import { conversations, events, handoffs, items } from './schema.ts';
import { ensureSetupSql } from './setupRuns.ts';
import { rowsOf, sqlLiteral } from './sqlHelpers.ts';
import { readStoredJson, STORED_JSON_VERSIONS } from './storedJson.ts';
import { getToolCallSql, listToolCallsSql, runToolOnceSql } from './toolCallLedger.ts';
import { flushTraceWrites, markTraceBatchFunction, takeTraceRide } from './traceWriteBatch.ts';
import {
  appendItemsStatement,
  commitTurnStatement,
  type RawConversationRow,
  recordFromRow,
} from './turnCommitSql.ts';
import { loadTurnStatement, turnLoadFromRow } from './turnLoadSql.ts';
import {
  ConcurrentTurnError,
  type ConversationRecord,
  type ConversationStore,
  type EventRecord,
  type HandoffRecord,
  NotFoundError,
  type StoredItem,
  type StoreKind,
  type ToolDb,
} from './types.ts';

type Db = PgDatabase<any, any>;

export type SqlStoreOptions = {
  kind: Exclude<StoreKind, 'memory'>;
  /** Releases the underlying client (PGlite instance or pg Pool). */
  close: () => Promise<void>;
  /** The turn's load and commit as prepared statements (PGlite), when the driver needs them that way. */
  prepared?: PreparedTurnStatements;
};

const itemColumns = {
  seq: items.seq,
  turn: items.turn,
  agent: items.agent,
  item: items.item,
  createdAt: items.createdAt,
};

function toEventRecord(row: typeof events.$inferSelect): EventRecord {
  const { dataVersion, ...rest } = row;
  const where = `event ${row.seq} of conversation ${row.conversationId}`;
  return { ...rest, data: readStoredJson('eventData', dataVersion, row.data, where) };
}

function toHandoffRecord(row: typeof handoffs.$inferSelect): HandoffRecord {
  const { fromAgent, toAgent, ...rest } = row;
  return { ...rest, from: fromAgent, to: toAgent };
}

/**
 * Locks the conversation row for the rest of the transaction, so concurrent writers of its items
 * (and `commitTurn`) queue instead of handing out the same seq. False if the conversation is missing.
 */
async function lockConversation(tx: Db, id: string): Promise<boolean> {
  const touched = await tx
    .update(conversations)
    .set({ updatedAt: sql`now()` })
    .where(eq(conversations.id, id))
    .returning({ id: conversations.id });
  return touched.length > 0;
}

/** Throws the error that explains why an optimistic update matched no row. */
async function explainMissedUpdate(db: Db, id: string, expected: number): Promise<never> {
  const [row] = await db
    .select({ version: conversations.version })
    .from(conversations)
    .where(eq(conversations.id, id));
  if (!row) throw new NotFoundError(`conversation ${id}`);
  throw new ConcurrentTurnError(id, expected, row.version);
}

/** The one `ConversationStore` over SQL, shared by PGlite and PostgreSQL. */
export function createSqlStore(db: Db, options: SqlStoreOptions): ConversationStore {
  return {
    kind: options.kind,

    async migrate() {
      await migrate(db);
      markTraceBatchFunction(db); // the schema is the latest: queued traces may ride on commits
    },

    ensureSetup: (key, statements) => ensureSetupSql(db, key, statements),

    async createConversation(input) {
      const [row] = await db
        .insert(conversations)
        .values({
          id: input.id ?? randomUUID(),
          tenant: input.tenant ?? null,
          graph: input.graph,
          activeAgent: input.activeAgent,
          status: 'active',
          context: input.context,
          contextVersion: STORED_JSON_VERSIONS.context,
          createdAt: creationTime(),
        })
        .returning();
      return recordFromRow(row);
    },

    async getConversation(id) {
      const [row] = await db.select().from(conversations).where(eq(conversations.id, id));
      return row ? recordFromRow(row) : null;
    },

    async listConversations(filter = {}) {
      const conditions: SQL[] = [];
      if (filter.graph !== undefined) conditions.push(eq(conversations.graph, filter.graph));
      if (filter.status !== undefined) conditions.push(eq(conversations.status, filter.status));
      if (filter.tenant === null) conditions.push(isNull(conversations.tenant));
      else if (filter.tenant !== undefined) conditions.push(eq(conversations.tenant, filter.tenant));
      const query = db
        .select()
        .from(conversations)
        .where(and(...conditions))
        .orderBy(desc(conversations.createdAt), desc(conversations.id));
      const rows = filter.limit === undefined ? await query : await query.limit(Math.max(0, filter.limit));
      return rows.map(recordFromRow);
    },

    async getItems(conversationId, opts = {}): Promise<StoredItem[]> {
      const where = eq(items.conversationId, conversationId);
      if (opts.limit === undefined) {
        return db.select(itemColumns).from(items).where(where).orderBy(asc(items.seq));
      }
      if (opts.limit <= 0) return [];
      const newestFirst = await db
        .select(itemColumns)
        .from(items)
        .where(where)
        .orderBy(desc(items.seq))
        .limit(opts.limit);
      return newestFirst.reverse();
    },

    async listHandoffs(conversationId) {
      const rows = await db
        .select()
        .from(handoffs)
        .where(eq(handoffs.conversationId, conversationId))
        .orderBy(asc(handoffs.seq));
      return rows.map(toHandoffRecord);
    },

    async listEvents(conversationId) {
      const rows = await db
        .select()
        .from(events)
        .where(eq(events.conversationId, conversationId))
        .orderBy(asc(events.seq));
      return rows.map(toEventRecord);
    },

    async loadTurn(conversationId) {
      const prepared = await options.prepared?.loadRow(conversationId);
      const row = prepared
        ? prepared.row
        : rowsOf<any>(await db.execute(loadTurnStatement(conversationId)))[0];
      return row ? turnLoadFromRow(row as any) : null;
    },

    async commitTurn(commit): Promise<ConversationRecord> {
      // One statement is one transaction: the version matched and everything is written, or nothing is.
      const statement = commitTurnStatement(commit);
      const sent = options.prepared
        ? options.prepared
            .commitRows(statement, () => takeTraceRide(db, sqlLiteral))
            .then(async (rows) => rows ?? rowsOf<RawConversationRow>(await db.execute(statement)))
        : Promise.resolve(db.execute(statement)).then((result) => rowsOf<RawConversationRow>(result));
      crashSoon('commit.inflight');
      const [row] = await sent;
      if (!row) return explainMissedUpdate(db, commit.conversationId, commit.expectedVersion);
      return recordFromRow(row);
    },

    async setStatus(conversationId, status) {
      const updated = await db
        .update(conversations)
        .set({ status, updatedAt: sql`now()` })
        .where(eq(conversations.id, conversationId))
        .returning({ id: conversations.id });
      if (updated.length === 0) throw new NotFoundError(`conversation ${conversationId}`);
    },

    async appendItems(conversationId, newItems, turn) {
      if (newItems.length === 0) return;
      await db.transaction(async (tx) => {
        if (!(await lockConversation(tx, conversationId)))
          throw new NotFoundError(`conversation ${conversationId}`);
        await tx.execute(appendItemsStatement(conversationId, turn, newItems));
      });
    },

    popItem(conversationId) {
      return db.transaction(async (tx): Promise<StoredItem | null> => {
        // Serialize with other writers of this conversation, so two pops never pick the same item.
        if (!(await lockConversation(tx, conversationId))) return null;
        const [removed] = await tx
          .delete(items)
          .where(
            and(
              eq(items.conversationId, conversationId),
              eq(items.seq, sql`(select max(seq) from ${items} where conversation_id = ${conversationId})`),
            ),
          )
          .returning(itemColumns);
        return removed ?? null;
      });
    },

    async clearItems(conversationId) {
      await db.delete(items).where(eq(items.conversationId, conversationId));
    },

    getToolCall: (conversationId, callId) => getToolCallSql(db, conversationId, callId),

    listToolCalls: (conversationId, turn) => listToolCallsSql(db, conversationId, turn),

    runToolOnce: (key, fn) => runToolOnceSql(db, key, fn),

    toolDb: async () => db as ToolDb,

    // Queued side data (traces) is written before the connection goes: a clean stop loses nothing.
    close: async () => {
      await flushTraceWrites(db);
      await options.close();
    },
  };
}
