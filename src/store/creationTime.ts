import { type SQL, sql } from 'drizzle-orm';

let lastCreatedMicros = 0;

/**
 * A creation time with microseconds, strictly increasing within the process, as a SQL value for a
 * `created_at` column. Lists ordered by creation need it: the database's `now()` cannot break ties,
 * and in PGlite (WebAssembly) it moves in whole milliseconds, so rows created in the same millisecond
 * came back in random order.
 */
export function creationTime(): SQL {
  const micros = Math.max(
    Math.floor((performance.timeOrigin + performance.now()) * 1000),
    lastCreatedMicros + 1,
  );
  lastCreatedMicros = micros;
  const iso = new Date(Math.floor(micros / 1000)).toISOString(); // …T15:10:00.123Z
  return sql`${`${iso.slice(0, -1)}${String(micros % 1000).padStart(3, '0')}Z`}::timestamptz`;
}
