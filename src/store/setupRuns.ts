import { eq, sql } from 'drizzle-orm';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import { setupRuns } from './schema.ts';
import { schemaLock } from './sqlHelpers.ts';

/**
 * Runs `statements` once per database, recorded under `key`. The advisory lock makes a second process
 * wait for the first to commit and then see the key, so seed rows are never inserted twice.
 * Each entry must be a single SQL statement.
 */
export async function ensureSetupSql(
  db: PgDatabase<any, any>,
  key: string,
  statements: string[],
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(schemaLock('switchboard.setup', key));
    const done = await tx.select({ key: setupRuns.key }).from(setupRuns).where(eq(setupRuns.key, key));
    if (done.length > 0) return;
    for (const statement of statements) await tx.execute(sql.raw(statement));
    await tx.insert(setupRuns).values({ key });
  });
}
