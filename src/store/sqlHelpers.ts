import { sql } from 'drizzle-orm';

/** drizzle's `execute` returns `{ rows }` on both PGlite and node-postgres, typed differently. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/**
 * An advisory lock scoped to the current schema, so test runs isolated by search_path do not queue
 * behind each other while two processes sharing one schema still serialize.
 */
export function schemaLock(scope: string, key = '') {
  return sql`select pg_advisory_xact_lock(hashtext(${scope}::text || ':' || coalesce(current_schema(), '')), hashtext(${key}::text))`;
}
