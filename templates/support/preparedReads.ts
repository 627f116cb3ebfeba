import { desc, eq, sql } from 'drizzle-orm';
import type { ToolDb } from '../../src/authoring.ts';
import { supportAccounts, supportInvoices, supportRefunds } from './schema.ts';

/*
 * The support tools' reads by id, built once per database handle instead of once per call. Building a
 * drizzle query (`select().from().where()`) walks the table's columns and the condition's SQL chunks
 * on every call; a prepared query keeps the SQL text and only binds the id. On PostgreSQL the name
 * also lets `pg` parse and plan the statement once per connection. A read runs on the handle it was
 * prepared on: a transaction's handle (`tx`) gets its own, so a read inside a transaction stays in it.
 */

function prepare(db: ToolDb) {
  const id = sql.placeholder('id');
  return {
    account: db
      .select()
      .from(supportAccounts)
      .where(eq(supportAccounts.id, id))
      .limit(1)
      .prepare('support_account_by_id'),
    invoice: db
      .select()
      .from(supportInvoices)
      .where(eq(supportInvoices.id, id))
      .limit(1)
      .prepare('support_invoice_by_id'),
    latestInvoice: db
      .select()
      .from(supportInvoices)
      .where(eq(supportInvoices.accountId, id))
      .orderBy(desc(supportInvoices.issuedOn), desc(supportInvoices.id))
      .limit(1)
      .prepare('support_latest_invoice_of_account'),
    refunds: db
      .select()
      .from(supportRefunds)
      .where(eq(supportRefunds.invoiceId, id))
      .prepare('support_refunds_of_invoice'),
  };
}

export type SupportReads = ReturnType<typeof prepare>;

const prepared = new WeakMap<ToolDb, SupportReads>();

/** The prepared reads of this database handle (made on first use, then reused while the handle lives). */
export function supportReads(db: ToolDb): SupportReads {
  let reads = prepared.get(db);
  if (!reads) {
    reads = prepare(db);
    prepared.set(db, reads);
  }
  return reads;
}
