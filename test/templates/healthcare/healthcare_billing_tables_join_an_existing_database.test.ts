import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ToolDb } from '../../../src/store/types.ts';
import { healthcareSetupSql } from '../../../templates/healthcare/setup.ts';
import { rows, seededHealthcareDb } from '../../support/templates/healthcare/healthcareTestDb.ts';

/**
 * The billing tables came after the first release. The template's setup is its migration: every
 * statement is idempotent, so a database made before billing gains the tables and their seed rows on
 * the next start, and keeps what it already had.
 */
const BILLING = /healthcare_(statements|payment)/;

let db: ToolDb;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, close } = await seededHealthcareDb(healthcareSetupSql.filter((s) => !BILLING.test(s))));
}, 120_000); // booting PGlite is slow on a loaded machine
afterAll(() => close());

const tables = async () =>
  (
    await rows<{ table_name: string }>(
      db,
      "SELECT table_name FROM information_schema.tables WHERE table_name ~ '^healthcare_(statements|payment)' ORDER BY table_name",
    )
  ).map((t) => t.table_name);

describe('billing tables on a database set up before billing', () => {
  it('are added with their seed rows by the next setup, and earlier rows stay', async () => {
    expect(await tables()).toEqual([]);
    await rows(db, "UPDATE healthcare_patients SET phone = '555-0199' WHERE id = 'PT-1001'");
    for (const statement of healthcareSetupSql) await db.execute(sql.raw(statement));
    expect(await tables()).toEqual([
      'healthcare_payment_methods',
      'healthcare_payment_plans',
      'healthcare_payments',
      'healthcare_statements',
    ]);
    expect((await rows(db, 'SELECT id FROM healthcare_statements')).length).toBe(12);
    expect(await rows(db, "SELECT phone FROM healthcare_patients WHERE id = 'PT-1001'")).toEqual([
      { phone: '555-0199' },
    ]);
  });
});
