import type { PGlite } from '@electric-sql/pglite';

/**
 * Putting a used in-memory database back the way it was prepared, so the next run can have it instead
 * of a new copy. Loading a copy of a prepared 40 MB database starts a new PostgreSQL in WASM: about
 * 420 ms of CPU for the support template, most of an eval scenario's cost (docs/performance.md).
 * Emptying its tables and filling them again from a snapshot taken when it was prepared costs a small
 * part of that, in the same PostgreSQL.
 *
 * What a reset restores: every table's rows (from copies kept in the `switchboard_snapshot` schema,
 * which travel with the dump), every sequence's position, and the session (`DISCARD ALL`: prepared
 * statements, temporary tables, advisory locks, settings, LISTEN). A database whose set of tables or
 * sequences changed since it was prepared is not reset (`reset` answers false): the caller loads a
 * fresh copy instead, as before.
 */
export const SNAPSHOT_SCHEMA = 'switchboard_snapshot';

export type PreparedSnapshot = {
  /**
   * Reads where the sequences stand in a copy just loaded from the dump. A copy's sequences are not
   * where the prepared database had them: PostgreSQL logs a sequence 32 values ahead, and a database
   * loaded from a dump starts from what was logged (a serial the prepared database left at 2 hands out
   * 34 next in every copy). A reset puts them where a fresh copy has them, so a run cannot tell the two
   * apart.
   */
  takePositions(freshCopy: PGlite): Promise<void>;
  /** Empties every table and refills it from the snapshot; false when the database no longer fits it. */
  reset(client: PGlite): Promise<boolean>;
};

type TableInfo = { schema: string; name: string; columns: string[]; identity: boolean };

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
const qualified = (schema: string, name: string) => `${ident(schema)}.${ident(name)}`;
const snapshotTable = (t: { schema: string; name: string }) =>
  qualified(SNAPSHOT_SCHEMA, `${t.schema}.${t.name}`);

const USER_SCHEMAS = `n.nspname NOT IN ('pg_catalog', 'information_schema', '${SNAPSHOT_SCHEMA}') AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'`;

/** The database's shape a reset depends on: its tables and sequences, by qualified name. */
async function shape(client: PGlite): Promise<{ tables: TableInfo[]; sequences: string[] }> {
  const tables = await client.query<{ schema: string; name: string; columns: string[]; identity: boolean }>(
    `SELECT n.nspname AS schema, c.relname AS name,
            array_agg(a.attname::text ORDER BY a.attnum) FILTER (WHERE a.attgenerated = '') AS columns,
            bool_or(a.attidentity <> '') AS identity
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
      WHERE c.relkind IN ('r', 'p') AND ${USER_SCHEMAS}
      GROUP BY n.nspname, c.relname ORDER BY 1, 2`,
  );
  const sequences = await client.query<{ schema: string; name: string }>(
    `SELECT n.nspname AS schema, c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind = 'S' AND ${USER_SCHEMAS} ORDER BY 1, 2`,
  );
  return {
    tables: tables.rows.map((t) => ({ ...t, columns: t.columns ?? [] })),
    sequences: sequences.rows.map((s) => qualified(s.schema, s.name)),
  };
}

const signature = (s: { tables: TableInfo[]; sequences: string[] }) =>
  JSON.stringify([s.tables.map((t) => [t.schema, t.name, t.columns]), s.sequences]);

/**
 * Takes the snapshot of a prepared database (call it last, right before dumping it): copies of its
 * tables in their own schema, which every copy then holds. The sequences' positions come later, from
 * a fresh copy (`takePositions`).
 */
export async function takePreparedSnapshot(client: PGlite): Promise<PreparedSnapshot> {
  const before = await shape(client);
  const statements = [`CREATE SCHEMA ${ident(SNAPSHOT_SCHEMA)}`];
  for (const t of before.tables)
    statements.push(`CREATE TABLE ${snapshotTable(t)} AS TABLE ${qualified(t.schema, t.name)}`);
  await client.exec(statements.join(';\n'));

  const counts = await Promise.all(
    before.tables.map(async (t) => {
      const r = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${snapshotTable(t)}`);
      return r.rows[0]?.n ?? 0;
    }),
  );
  const refill = before.tables
    .filter((_, i) => counts[i]! > 0)
    .map((t) => {
      const cols = t.columns.map(ident).join(', ');
      const overriding = t.identity ? ' OVERRIDING SYSTEM VALUE' : '';
      return `INSERT INTO ${qualified(t.schema, t.name)} (${cols})${overriding} SELECT ${cols} FROM ${snapshotTable(t)}`;
    });
  let positions: string[] | null = null;
  const resetSql = () =>
    [
      // Triggers and foreign-key checks off while the prepared rows go back in, whatever their order.
      'SET session_replication_role = replica',
      ...(before.tables.length
        ? [`TRUNCATE ${before.tables.map((t) => qualified(t.schema, t.name)).join(', ')}`]
        : []),
      ...refill,
      ...(positions ?? []),
      'SET session_replication_role = DEFAULT',
    ].join(';\n');
  const expected = signature(before);

  return {
    async takePositions(freshCopy) {
      positions = await Promise.all(
        before.sequences.map(async (seq) => {
          const r = await freshCopy.query<{ last_value: string; is_called: boolean }>(
            `SELECT last_value::text AS last_value, is_called FROM ${seq}`,
          );
          const { last_value, is_called } = r.rows[0]!;
          return `SELECT setval('${seq.replaceAll("'", "''")}'::regclass, ${last_value}, ${is_called})`;
        }),
      );
    },
    async reset(client) {
      if (!positions || signature(await shape(client)) !== expected) return false;
      // DISCARD ALL may not run inside a transaction block; the rest runs as one implicit transaction.
      await client.exec('DISCARD ALL');
      await client.exec(resetSql());
      return true;
    },
  };
}
