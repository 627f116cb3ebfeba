import { is, sql } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { drizzle } from 'drizzle-orm/pglite';
import { expect } from 'vitest';
import { openPGlite } from '../../../../src/store/pgliteCluster.ts';
import type { ToolDb } from '../../../../src/store/types.ts';
import type { ToolRunContext } from '../../../../src/tools/defineTool.ts';

/** Test helper: an in-memory PGlite with a template's tables created and seeded by its own SQL. */
export async function seededTemplateDb(
  setupSql: readonly string[],
): Promise<{ db: ToolDb; close: () => Promise<void> }> {
  const client = await openPGlite();
  const db = drizzle(client);
  for (const statement of setupSql) await db.execute(sql.raw(statement));
  return { db, close: () => client.close() };
}

/** The context a tool gets from the runtime, with a fresh state unless one is given. */
export function templateToolContext<S>(db: ToolDb, agent: string, state: S): ToolRunContext<S> {
  return { state, conversationId: 'c1', callId: 'x', agent, db };
}

/** Rows of a raw query, for assertions against what the tools wrote. */
export async function rows<T = Record<string, unknown>>(db: ToolDb, query: string): Promise<T[]> {
  const result = (await db.execute(sql.raw(query))) as unknown as { rows: T[] };
  return result.rows;
}

/**
 * Every table the template's schema.ts exports exists in `db`, named `<prefix>…`, with the same
 * columns, types and nullability: a table or column added to schema.ts without DDL in setup.ts fails.
 * Returns how many tables were checked.
 */
/** The names of the tables a template's schema.ts exports. */
export function schemaTableNames(schema: Record<string, unknown>): string[] {
  return schemaTables(schema).map((t) => getTableConfig(t).name);
}

function schemaTables(schema: Record<string, unknown>): PgTable[] {
  return Object.values(schema).filter((v): v is PgTable => is(v, PgTable));
}

export async function expectTablesMatchSchema(
  db: ToolDb,
  schema: Record<string, unknown>,
  prefix: string,
): Promise<number> {
  const tables = schemaTables(schema);
  for (const table of tables) {
    const config = getTableConfig(table);
    expect(config.name.startsWith(prefix), config.name).toBe(true);
    const actual = await rows<{ column_name: string; data_type: string; is_nullable: string }>(
      db,
      `SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_name = '${config.name}'`,
    );
    const expected = config.columns.map((c) => ({
      column_name: c.name,
      // `serial` is an integer column with a sequence; a primary-key column is NOT NULL.
      data_type: c.getSQLType() === 'serial' ? 'integer' : c.getSQLType(),
      is_nullable: c.notNull || config.primaryKeys.some((pk) => pk.columns.includes(c)) ? 'NO' : 'YES',
    }));
    const byName = (a: { column_name: string }, b: { column_name: string }) =>
      a.column_name.localeCompare(b.column_name);
    expect(actual.sort(byName), config.name).toEqual(expected.sort(byName));
  }
  return tables.length;
}
