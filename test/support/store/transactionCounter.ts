import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/*
 * Counts the transactions a process runs, client-side, for both drivers (pg and PGlite): a statement
 * outside BEGIN…COMMIT is one transaction (a simple query of several statements too: PostgreSQL runs
 * it as one). Used by the transactions-per-turn test and, preloaded, by `npm run bench:server`
 * (bench/sqlCounter.ts). Installing patches the drivers' prototypes once for the whole process.
 */

/**
 * What a statement does to the database that makes its transaction "writing" (WAL, a commit record).
 * `switchboard_commit_turn\w*` also catches `execute switchboard_commit_turn_prepared(…)`, the commit
 * as PostgreSQL lock connections send it; `switchboard_record_traces?` the trace batches (one trace or many).
 */
const WRITES =
  /\b(insert|update|delete|switchboard_commit_turn\w*|switchboard_record_traces?|for update|nextval|pg_notify|notify)\b/i;

export type TransactionCounts = { transactions: number; writing: number; statements: number };
export type CountedStatement = { tx: number; text: string };
type TxState = { id: number; writing: boolean; statements: string[] } | null;
/** Sees each finished transaction: its statements and whether it wrote. */
type Listener = (tx: { id: number; writing: boolean; statements: string[] }) => void;

const counts: TransactionCounts = { transactions: 0, writing: 0, statements: 0 };
const listeners = new Set<Listener>();
let nextTx = 1;
let installed = false;
let paused = 0;

export function transactionCounts(): TransactionCounts {
  return { ...counts };
}

/** Hears every transaction from now on; returns the way to stop. */
export function onTransaction(listener: Listener): () => void {
  install();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Runs `fn` without counting its statements (the counter's own reads). */
export async function uncounted<T>(fn: () => Promise<T>): Promise<T> {
  paused++;
  try {
    return await fn();
  } finally {
    paused--;
  }
}

function textOf(q: unknown): string {
  if (typeof q === 'string') return q;
  if (q && typeof q === 'object' && 'text' in q) return String((q as { text: unknown }).text);
  return String(q);
}

function finish(tx: { id: number; writing: boolean; statements: string[] }): void {
  counts.transactions++;
  if (tx.writing) counts.writing++;
  for (const l of listeners) l(tx);
}

/** Counts one statement on a connection whose open transaction (if any) is `state`. */
function count(state: TxState, text: string): TxState {
  if (paused > 0) return state;
  counts.statements++;
  const verb = text.trim().toLowerCase();
  if (/^(begin|start transaction)/.test(verb)) return { id: nextTx++, writing: false, statements: [text] };
  if (/^(commit|rollback|end)\b/.test(verb) && state) {
    state.statements.push(text);
    finish(state);
    return null;
  }
  const writes = WRITES.test(text);
  if (state) {
    state.writing ||= writes;
    state.statements.push(text);
    return state;
  }
  finish({ id: nextTx++, writing: writes, statements: [text] });
  return null;
}

/** Patches both drivers once; idempotent. */
export function install(): void {
  if (installed) return;
  installed = true;
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
      txOf.set(this, count(txOf.get(this) ?? null, textOf(args[0])));
      return original.apply(this, args);
    };
  }
  const pgliteTransaction = PGlite.prototype.transaction;
  PGlite.prototype.transaction = function (this: PGlite, fn: (tx: any) => Promise<any>) {
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
}
