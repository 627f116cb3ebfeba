/**
 * Preloaded into the benchmarked `switchboard serve` (`node --import tsx --import ./bench/sqlCounter.ts`):
 * counts the transactions the process runs, client-side, for both drivers (pg and PGlite). PGlite keeps
 * no `pg_stat_database` counters (it never reports pending stats), so this is how PGlite turns are
 * counted; on PostgreSQL it cross-checks `pg_stat_database` and names the statements.
 *
 * SIGUSR2 writes a snapshot to BENCH_SQL_COUNTS (JSON) and, with BENCH_SQL_LOG set, starts appending
 * every statement (tagged with its transaction) to that file. Bench-only: nothing in src imports it.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

const countsFile = process.env.BENCH_SQL_COUNTS;
const logFile = process.env.BENCH_SQL_LOG;
const counts = { transactions: 0, writing: 0, statements: 0, insertedRows: 0 };
let logging = false;
let nextTx = 1;
let lastPglite: PGlite | null = null;
let counting = 0; // >0 while this module's own row count runs (not counted)

const WRITES =
  /\b(insert|update|delete|switchboard_commit_turn|switchboard_record_trace|for update|nextval|pg_notify|notify)\b/i;

type TxState = { id: number; writing: boolean } | null;

function textOf(q: unknown): string {
  if (typeof q === 'string') return q;
  if (q && typeof q === 'object' && 'text' in q) return String((q as { text: unknown }).text);
  return String(q);
}

function log(tx: number, text: string): void {
  if (logging && logFile) appendFileSync(logFile, `tx${tx}\t${text.replace(/\s+/g, ' ').slice(0, 400)}\n`);
}

/** Counts one statement on a connection whose open transaction (if any) is `state`. */
function count(state: TxState, text: string): TxState {
  if (counting > 0) return state;
  counts.statements++;
  const verb = text.trim().toLowerCase();
  if (/^(begin|start transaction)/.test(verb)) {
    const opened = { id: nextTx++, writing: false };
    log(opened.id, text);
    return opened;
  }
  if (/^(commit|rollback|end)\b/.test(verb) && state) {
    counts.transactions++;
    if (state.writing) counts.writing++;
    log(state.id, text);
    return null;
  }
  const writes = WRITES.test(text);
  if (state) {
    state.writing ||= writes;
    log(state.id, text);
    return state;
  }
  counts.transactions++;
  if (writes) counts.writing++;
  log(nextTx++, text);
  return null;
}

const txOf = new WeakMap<object, TxState>();
const pgQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: any[]) {
  txOf.set(this, count(txOf.get(this) ?? null, textOf(args[0])));
  return (pgQuery as any).apply(this, args);
} as any;

// PGlite: one connection; `transaction()` runs its statements through a handle of its own (below).
for (const method of ['query', 'exec'] as const) {
  const original = (PGlite.prototype as any)[method];
  (PGlite.prototype as any)[method] = function (this: PGlite, ...args: any[]) {
    lastPglite = this;
    txOf.set(this, count(txOf.get(this) ?? null, textOf(args[0])));
    return original.apply(this, args);
  };
}

const pgliteTransaction = PGlite.prototype.transaction;
PGlite.prototype.transaction = function (this: PGlite, fn: (tx: any) => Promise<any>) {
  lastPglite = this;
  let state = count(null, 'BEGIN');
  const wrapped = (tx: any) => {
    const inner = Object.create(tx);
    for (const method of ['query', 'exec'] as const)
      inner[method] = (...args: any[]) => {
        state = count(state, textOf(args[0]));
        return tx[method](...args);
      };
    return fn(inner);
  };
  return pgliteTransaction.call(this, wrapped as any).finally(() => {
    if (state) count(state, 'COMMIT');
  }) as any;
} as any;

/** Rows in every base table of the search path: PGlite's stand-in for `tup_inserted` (turns delete nothing). */
async function pgliteRows(db: PGlite): Promise<number> {
  counting++;
  try {
    const { rows } = await db.query<{ n: number }>(
      `select coalesce(sum((xpath('/row/c/text()', query_to_xml(format('select count(*) as c from %I.%I',
         table_schema, table_name), false, true, '')))[1]::text::int), 0)::int as n
       from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`,
    );
    return rows[0].n;
  } finally {
    counting--;
  }
}

process.on('SIGUSR2', () => {
  void (async () => {
    if (lastPglite) counts.insertedRows = await pgliteRows(lastPglite);
    if (countsFile) writeFileSync(countsFile, JSON.stringify(counts));
    logging = true;
  })();
});

// The server's last word: what it ran up to and including its shutdown flush.
process.on('exit', () => {
  if (countsFile) writeFileSync(countsFile, JSON.stringify(counts));
});
