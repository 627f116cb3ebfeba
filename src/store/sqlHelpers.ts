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

/**
 * A string as a SQL literal, for statements sent without parameters (`execute name('…')`, several
 * statements in one simple query). Quotes are doubled; with a backslash the literal becomes E'…' and
 * backslashes are doubled too, so it reads the same whatever `standard_conforming_strings` says (as
 * node-postgres' `escapeLiteral`, which is not at hand for PGlite).
 */
export function sqlLiteral(value: string): string {
  const quoted = value.replace(/'/g, "''");
  return value.includes('\\') ? ` E'${quoted.replace(/\\/g, '\\\\')}'` : `'${quoted}'`;
}
