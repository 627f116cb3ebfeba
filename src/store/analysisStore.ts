import { inArray, sql } from 'drizzle-orm';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import { conversationAnalyses } from './schema.ts';
import { sqlDatabaseOf } from './sqlHandle.ts';
import type { ConversationStore } from './types.ts';

/** The stored post-conversation analysis: sentiment in [-1, 1], lead score in [0, 100], each with reasons. */
export type AnalysisRecord = {
  conversationId: string;
  sentiment: number;
  sentimentReasons: string[];
  leadScore: number;
  leadReasons: string[];
  /** `llm` when the configured language model scored it, `lexical` for the deterministic scorer. */
  method: 'llm' | 'lexical';
  /** The model spec that scored it (`openai:gpt-4.1-mini`), null for the lexical scorer. */
  model: string | null;
  analyzedAt: Date;
};

export interface AnalysisStore {
  /** Inserts or replaces the conversation's analysis (re-analysis keeps only the newest). */
  save(record: AnalysisRecord): Promise<void>;
  get(conversationId: string): Promise<AnalysisRecord | null>;
  /** The analyses of these conversations, in no particular order; conversations without one are absent. */
  getMany(conversationIds: string[]): Promise<AnalysisRecord[]>;
}

const stores = new WeakMap<ConversationStore, AnalysisStore>();

export async function analysisStoreFor(store: ConversationStore): Promise<AnalysisStore> {
  const known = stores.get(store);
  if (known) return known;
  const db = await sqlDatabaseOf(store);
  const created = db ? createSqlAnalysisStore(db) : createMemoryAnalysisStore();
  stores.set(store, created);
  return created;
}

export function createSqlAnalysisStore(db: PgDatabase<any, any>): AnalysisStore {
  const getMany = async (conversationIds: string[]): Promise<AnalysisRecord[]> => {
    if (conversationIds.length === 0) return [];
    return db
      .select()
      .from(conversationAnalyses)
      .where(inArray(conversationAnalyses.conversationId, conversationIds));
  };
  return {
    async save(record) {
      const { conversationId, ...values } = record;
      await db
        .insert(conversationAnalyses)
        .values(record)
        .onConflictDoUpdate({
          target: conversationAnalyses.conversationId,
          set: { ...values, analyzedAt: sql`excluded.analyzed_at` },
        });
    },
    async get(conversationId) {
      const [row] = await getMany([conversationId]);
      return row ?? null;
    },
    getMany,
  };
}

export function createMemoryAnalysisStore(): AnalysisStore {
  const rows = new Map<string, string>();
  const revive = (json: string): AnalysisRecord => {
    const r = JSON.parse(json);
    return { ...r, analyzedAt: new Date(r.analyzedAt) };
  };
  return {
    async save(record) {
      rows.set(record.conversationId, JSON.stringify(record));
    },
    async get(conversationId) {
      const json = rows.get(conversationId);
      return json ? revive(json) : null;
    },
    async getMany(conversationIds) {
      return conversationIds.flatMap((id) => {
        const json = rows.get(id);
        return json ? [revive(json)] : [];
      });
    },
  };
}
