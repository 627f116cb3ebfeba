/**
 * Preloaded into the benchmarked `switchboard serve` (`node --import tsx --import ./bench/sqlCounter.ts`):
 * counts the transactions the process runs, client-side, for both drivers (pg and PGlite), with the
 * counter the transactions-per-turn test uses (test/support/store/transactionCounter.ts). PGlite keeps
 * no `pg_stat_database` counters (it never reports pending stats), so this is how PGlite turns are
 * counted; on PostgreSQL it cross-checks `pg_stat_database` and names the statements.
 *
 * SIGUSR2 writes a snapshot to BENCH_SQL_COUNTS (JSON) and, with BENCH_SQL_LOG set, starts appending
 * every statement (tagged with its transaction) to that file. Bench-only: nothing in src imports it.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import {
  install,
  onTransaction,
  transactionCounts,
  uncounted,
} from '../test/support/store/transactionCounter.ts';

const countsFile = process.env.BENCH_SQL_COUNTS;
const logFile = process.env.BENCH_SQL_LOG;
let logging = false;
let insertedRows = 0;
let lastPglite: PGlite | null = null;

/*
 * Transactions of the graph's tool calls: the support graph's own tables, and the ledger a
 * side-effecting tool writes through (the tool's statements run inside that transaction). Counted
 * apart so the report can tell Switchboard's own per-turn budget (load, commit, side data) from the
 * work the graph's tools do.
 */
const TOOL_TABLES = /"support_\w+"|"tool_calls"/;
const tools = { transactions: 0, writing: 0 };

install();
onTransaction((tx) => {
  if (tx.statements.some((text) => TOOL_TABLES.test(text))) {
    tools.transactions++;
    if (tx.writing) tools.writing++;
  }
});
onTransaction((tx) => {
  if (!logging || !logFile) return;
  for (const text of tx.statements)
    appendFileSync(logFile, `tx${tx.id}\t${text.replace(/\s+/g, ' ').slice(0, 400)}\n`);
});

// The PGlite instance the server opened, for the row count below.
const pgliteQuery = PGlite.prototype.query;
PGlite.prototype.query = function (this: PGlite, ...args: any[]) {
  lastPglite = this;
  return (pgliteQuery as any).apply(this, args);
} as any;

/** Rows in every base table of the search path: PGlite's stand-in for `tup_inserted` (turns delete nothing). */
function pgliteRows(db: PGlite): Promise<number> {
  return uncounted(async () => {
    const { rows } = await db.query<{ n: number }>(
      `select coalesce(sum((xpath('/row/c/text()', query_to_xml(format('select count(*) as c from %I.%I',
         table_schema, table_name), false, true, '')))[1]::text::int), 0)::int as n
       from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`,
    );
    return rows[0].n;
  });
}

const snapshot = () => JSON.stringify({ ...transactionCounts(), insertedRows, tools });

process.on('SIGUSR2', () => {
  void (async () => {
    if (lastPglite) insertedRows = await pgliteRows(lastPglite);
    if (countsFile) writeFileSync(countsFile, snapshot());
    logging = true;
  })();
});

// The server's last word: what it ran up to and including its shutdown flush.
process.on('exit', () => {
  if (countsFile) writeFileSync(countsFile, snapshot());
});
