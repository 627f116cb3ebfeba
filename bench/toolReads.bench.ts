/**
 * CPU per read of the support tools' lookups by id (an invoice, its account, its refunds: what a
 * billing turn reads), built with drizzle on every call as before against the prepared reads of
 * templates/support/preparedReads.ts, on PGlite (in memory) and PostgreSQL (own schema, dropped after).
 * Alternates the two ways in rounds and prints the median CPU µs per read of each.
 *
 *   npx tsx bench/toolReads.bench.ts
 */
import { eq } from 'drizzle-orm';
import { createPgliteStore } from '../src/store/pgliteStore.ts';
import { createPostgresStore } from '../src/store/postgresStore.ts';
import type { ConversationStore, ToolDb } from '../src/store/types.ts';
import { supportReads } from '../templates/support/preparedReads.ts';
import { supportAccounts, supportInvoices, supportRefunds } from '../templates/support/schema.ts';
import { supportSetupSql } from '../templates/support/setup.ts';

const READS = Number(process.env.BENCH_READS ?? 3000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const PG_URL = process.env.SWITCHBOARD_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

type Way = (db: ToolDb, i: number) => Promise<unknown>;
const ids = ['INV-2041', 'INV-2042', 'INV-2043'];

const builtPerCall: Way = async (db, i) => {
  const invoice = ids[i % 3];
  const [row] = await db.select().from(supportInvoices).where(eq(supportInvoices.id, invoice)).limit(1);
  await db.select().from(supportAccounts).where(eq(supportAccounts.id, row.accountId)).limit(1);
  await db.select().from(supportRefunds).where(eq(supportRefunds.invoiceId, invoice));
};

const prepared: Way = async (db, i) => {
  const invoice = ids[i % 3];
  const reads = supportReads(db);
  const [row] = await reads.invoice.execute({ id: invoice });
  await reads.account.execute({ id: row.accountId });
  await reads.refunds.execute({ id: invoice });
};

async function cpuPerRead(db: ToolDb, way: Way): Promise<number> {
  const before = process.cpuUsage();
  for (let i = 0; i < READS; i++) await way(db, i);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / (READS * 3);
}

async function measure(label: string, store: ConversationStore): Promise<void> {
  await store.ensureSetup('bench:support', supportSetupSql);
  const db = await store.toolDb();
  for (const way of [builtPerCall, prepared]) await cpuPerRead(db, way); // warm-up
  const figures = { built: [] as number[], prepared: [] as number[] };
  for (let r = 0; r < ROUNDS; r++) {
    figures.built.push(await cpuPerRead(db, builtPerCall));
    figures.prepared.push(await cpuPerRead(db, prepared));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(
    `${label.padEnd(11)} CPU per read: built per call ${median(figures.built).toFixed(1)} µs, ` +
      `prepared ${median(figures.prepared).toFixed(1)} µs (medians of ${ROUNDS} rounds × ${READS * 3} reads)`,
  );
}

const pglite = await createPgliteStore({});
await pglite.migrate();
await measure('PGlite', pglite);
await pglite.close();

const schema = `bench_toolreads_${process.pid}`;
const pgStore = await createPostgresStore({ url: PG_URL, searchPath: schema });
try {
  await pgStore.migrate();
  await measure('PostgreSQL', pgStore);
} finally {
  const pg = (await import('pg')).default;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`drop schema if exists "${schema}" cascade`);
  await admin.end();
  await pgStore.close();
}
process.exit(0);
