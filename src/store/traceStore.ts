import { asc, eq } from 'drizzle-orm';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import { traceSpans, traces } from './schema.ts';
import { sqlDatabaseOf } from './sqlHandle.ts';
import type { SpanRecord, TraceRecord } from './traceRecords.ts';
import { traceWriteBatchOf } from './traceWriteBatch.ts';
import type { ConversationStore } from './types.ts';

export type { SpanError, SpanRecord, TraceRecord } from './traceRecords.ts';

/** Where traced turns are kept: the `traces`/`trace_spans` tables on SQL stores, maps on the memory store. */
export interface TraceStore {
  /**
   * Writes a trace and all its spans at once. SQL stores queue it and write batches of traces in one
   * statement each, off the turn's path (traceWriteBatch.ts); reads through this store see it at once.
   */
  saveTrace(trace: TraceRecord, spans: SpanRecord[]): Promise<void>;
  /** The conversation's traces, by turn. */
  listTraces(conversationId: string): Promise<TraceRecord[]>;
  /** A trace's spans, by start time. */
  listSpans(traceId: string): Promise<SpanRecord[]>;
}

const sqlStores = new WeakMap<ConversationStore, TraceStore>();
const memoryStores = new WeakMap<ConversationStore, TraceStore>();

/** The trace store beside a conversation store; one instance per store, so lookups are free after the first. */
export async function traceStoreFor(store: ConversationStore): Promise<TraceStore> {
  const known = sqlStores.get(store) ?? memoryStores.get(store);
  if (known) return known;
  const db = await sqlDatabaseOf(store);
  if (db) {
    const created = createSqlTraceStore(db);
    sqlStores.set(store, created);
    return created;
  }
  const created = createMemoryTraceStore();
  memoryStores.set(store, created);
  return created;
}

function warnLostTraces(error: Error, lost: number): void {
  process.stderr.write(`switchboard: could not store ${lost} trace(s): ${error.message}\n`);
}

export function createSqlTraceStore(db: PgDatabase<any, any>): TraceStore {
  const batch = traceWriteBatchOf(db, warnLostTraces);
  return {
    saveTrace: (trace, spans) => batch.add(trace, spans),

    async listTraces(conversationId) {
      await batch.flush(); // read your own writes: queued traces first
      return db
        .select()
        .from(traces)
        .where(eq(traces.conversationId, conversationId))
        .orderBy(asc(traces.turn), asc(traces.startedAt));
    },

    async listSpans(traceId) {
      await batch.flush();
      return db
        .select()
        .from(traceSpans)
        .where(eq(traceSpans.traceId, traceId))
        .orderBy(asc(traceSpans.startedAt), asc(traceSpans.spanId));
    },
  };
}

/**
 * Traces in plain maps. The store takes ownership of what it is given (the processor hands over fresh
 * records) and serializes only on read, as JSON like the SQL stores, so a reader can never change what
 * is stored and sees exactly what SQL would return. Not serializing on write keeps the per-turn cost
 * of tracing low in memory-store benchmarks and evals.
 */
export function createMemoryTraceStore(): TraceStore {
  const byConversation = new Map<string, TraceRecord[]>();
  const spansByTrace = new Map<string, SpanRecord[]>();
  const date = (value: unknown) => (typeof value === 'string' ? new Date(value) : null);
  const time = (d: Date | null) => d?.getTime() ?? 0;
  return {
    async saveTrace(trace, spans) {
      if (spansByTrace.has(trace.traceId)) throw new Error(`trace ${trace.traceId} is already stored`);
      const list = byConversation.get(trace.conversationId) ?? [];
      list.push(trace);
      byConversation.set(trace.conversationId, list);
      spansByTrace.set(trace.traceId, spans);
    },
    async listTraces(conversationId) {
      const copies: any[] = JSON.parse(JSON.stringify(byConversation.get(conversationId) ?? []));
      return copies
        .map((t): TraceRecord => ({ ...t, startedAt: date(t.startedAt)!, endedAt: date(t.endedAt)! }))
        .sort((a, b) => a.turn - b.turn);
    },
    async listSpans(traceId) {
      const copies: any[] = JSON.parse(JSON.stringify(spansByTrace.get(traceId) ?? []));
      return copies
        .map((s): SpanRecord => ({ ...s, startedAt: date(s.startedAt), endedAt: date(s.endedAt) }))
        .sort((a, b) => time(a.startedAt) - time(b.startedAt) || a.spanId.localeCompare(b.spanId));
    },
  };
}
