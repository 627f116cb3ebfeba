export { createMemoryStore } from './memoryStore.ts';
export {
  LATEST_SCHEMA_VERSION,
  MIGRATIONS,
  type Migration,
  migrate,
  pendingMigrations,
} from './migrations.ts';
export {
  DEFAULT_DATA_DIR,
  type OpenStoreOptions,
  openStore,
  type StoreTarget,
  storeTarget,
} from './openStore.ts';
export { createPgliteStore, type PgliteStoreOptions } from './pgliteStore.ts';
export { createPostgresStore, type PostgresStoreOptions } from './postgresStore.ts';
export {
  conversations,
  events,
  handoffs,
  items,
  schemaMigrations,
  setupRuns,
  storeSchema,
  toolCalls,
} from './schema.ts';
export {
  ConversationSession,
  /** The name the store contract uses for it. */
  ConversationSession as SqlSession,
  type ConversationSessionOptions,
} from './sqlSession.ts';
export { createSqlStore, type SqlStoreOptions } from './sqlStore.ts';
export { countedHandoffs } from './turnCommitSql.ts';
export * from './types.ts';
