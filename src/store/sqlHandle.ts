import type { PgDatabase } from 'drizzle-orm/pg-core';
import type { ConversationStore } from './types.ts';

/**
 * The drizzle handle of a SQL-backed store (PGlite or PostgreSQL), or null for the memory store.
 * Features that live beside the conversation store (API keys, edge counts, readiness) reach their
 * tables through it instead of widening the `ConversationStore` contract. For SQL stores `toolDb()`
 * is the store's own database; the memory store's is a separate scratch PGlite, hence the null.
 */
export async function sqlDatabaseOf(store: ConversationStore): Promise<PgDatabase<any, any> | null> {
  if (store.kind === 'memory') return null;
  return store.toolDb();
}
