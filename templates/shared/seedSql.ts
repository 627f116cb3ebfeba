/**
 * SQL for a template's demo rows. The rows are the template's own constants, never user input, so they
 * are written as literals into idempotent statements that `setupSql` can run on every start.
 */

/** A day relative to when setup runs, so demo appointments and bills stay in the future (or past). */
export type RelativeDate = { daysFromSetup: number };

export type SeedValue = string | number | boolean | null | RelativeDate;

const SEED_SHIFT = "COALESCE(NULLIF(current_setting('switchboard.seed_shift', true), '')::int, 0)";

export function sqlLiteral(value: SeedValue): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // `switchboard.seed_shift` (days, unset in use: 0) lets the dialogue eval lay the rows out as if set up on
  // another day, so scenarios that name weekdays hold whatever day they run (src/eval/dialogueEval.ts seedShift).
  if (typeof value === 'object') return `(CURRENT_DATE + ${Math.trunc(value.daysFromSetup)} + ${SEED_SHIFT})`;
  return `'${value.replace(/'/g, "''")}'`;
}

/** Rows keyed by a natural primary key: a second run skips the ones already there. */
export function insertRows(
  table: string,
  columns: readonly string[],
  rows: readonly (readonly SeedValue[])[],
): string {
  const values = rows.map((row) => `  (${row.map(sqlLiteral).join(', ')})`).join(',\n');
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES\n${values}\nON CONFLICT DO NOTHING`;
}

/** Serial ids have no natural key for ON CONFLICT: insert a seeded row only when `match` finds none. */
export function insertOnce(
  table: string,
  columns: readonly string[],
  row: readonly SeedValue[],
  match: string,
): string {
  return (
    `INSERT INTO ${table} (${columns.join(', ')}) SELECT ${row.map(sqlLiteral).join(', ')} ` +
    `WHERE NOT EXISTS (SELECT 1 FROM ${table} WHERE ${match})`
  );
}
