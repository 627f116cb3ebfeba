import { sql } from 'drizzle-orm';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import type { SpanRecord, TraceRecord } from './traceRecords.ts';

/*
 * Traces are side data: a turn's reply must not wait for its spans to reach the database, and one
 * transaction (one WAL flush) per turn for them is the cost issue #20 measured. Traces queue here and
 * leave in one of two ways:
 *
 * - **Riding on a turn's commit** (`takeRide`): the next turn that commits on this store takes up to
 *   MAX_TRACES_PER_RIDE queued traces into its own commit transaction, as one more statement after
 *   the commit (`switchboard_record_traces`, which stores trace by trace in subtransactions, so a bad
 *   trace can never abort the conversation's writes). Under load, and for a conversation whose next
 *   turn comes soon, side data then costs no transaction of its own. A commit that fails gives its
 *   riders back to the queue.
 * - **A batch of their own** when no commit came within FLUSH_DELAY_MS: ONE statement (one
 *   transaction) for up to 32 traces.
 *
 * The queue is bounded: past MAX_QUEUED a writer waits for the next flush instead of growing memory.
 * `flush()` runs on the store's close (and waits for traces riding on commits still running), so a
 * clean stop loses nothing; a kill -9 loses what was queued or in flight: at most the traces of the
 * last FLUSH_DELAY_MS of turns, never conversation data, which commits with the turn.
 */

/** Traces held before a writer has to wait for a flush. */
export const MAX_QUEUED_TRACES = 2_000;
/**
 * Traces per statement. PGlite runs a statement synchronously on the event loop: an unbounded batch
 * under load (~75 traces, 130 ms at load average 10) stalled every other turn for that long. At 32 a
 * statement stays in the tens of milliseconds there, and still amortizes one commit over 32 turns.
 */
export const MAX_TRACES_PER_STATEMENT = 32;
/**
 * Traces one commit takes along. A turn ends one trace and commits once, so under steady load a
 * commit carries about one; the cap keeps a commit after an idle spell from growing on the turn's path.
 */
export const MAX_TRACES_PER_RIDE = 4;
/**
 * How long a queued trace waits for a commit to ride on before it is written on its own. Longer
 * means more traces ride (fewer transactions) and more traces a kill -9 can lose.
 */
export const FLUSH_DELAY_MS = 250;

/** Queued traces taken along by one commit: the statement to run after the commit, in its transaction. */
export type TraceRide = {
  /** `select switchboard_record_traces(…) as stored`, parameters written in as literals. */
  statement: string;
  /** The commit transaction committed; `stored` is the statement's answer (traces kept). */
  committed(stored: unknown): void;
  /** The commit transaction failed or its outcome is unknown: the traces go back to the queue. */
  failed(): void;
};

/** Databases migrated by this process, so `switchboard_record_traces` (migration 8) exists. */
const batchFunctionReady = new WeakSet<PgDatabase<any, any>>();

/** Called once the store's schema is at the latest version: traces may ride on commits from now on. */
export function markTraceBatchFunction(db: PgDatabase<any, any>): void {
  batchFunctionReady.add(db);
}

type Queued = { trace: TraceRecord; spans: SpanRecord[] };

export class TraceWriteBatch {
  private queue: Queued[] = [];
  private timer: NodeJS.Timeout | null = null;
  private inFlight: Promise<void> | null = null;
  private waiters: (() => void)[] = [];
  /** Commits still running with riders: a flush waits for them (they may come back to the queue). */
  private readonly rides = new Set<Promise<void>>();

  constructor(
    private readonly db: PgDatabase<any, any>,
    private readonly onError: (error: Error, lost: number) => void,
  ) {}

  /** Queues a trace; resolves at once unless the queue is full (then once it has room). */
  async add(trace: TraceRecord, spans: SpanRecord[]): Promise<void> {
    while (this.queue.length >= MAX_QUEUED_TRACES) {
      this.schedule(0);
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    this.queue.push({ trace, spans });
    this.schedule(this.queue.length >= MAX_TRACES_PER_STATEMENT ? 0 : FLUSH_DELAY_MS);
  }

  /**
   * Up to MAX_TRACES_PER_RIDE queued traces for a commit about to be sent, or null (nothing queued,
   * or the database is not known to have `switchboard_record_traces`). `literal` quotes a string
   * for the connection the commit goes on.
   */
  takeRide(literal: (value: string) => string): TraceRide | null {
    if (this.queue.length === 0 || !batchFunctionReady.has(this.db)) return null;
    const batch = this.queue.splice(0, MAX_TRACES_PER_RIDE);
    for (const wake of this.waiters.splice(0)) wake();
    if (this.queue.length === 0 && this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    let settle = () => {};
    const done = new Promise<void>((resolve) => {
      settle = resolve;
    });
    this.rides.add(done);
    let settled = false;
    const end = (requeue: boolean) => {
      if (settled) return;
      settled = true;
      if (requeue) {
        this.queue.unshift(...batch);
        this.schedule(FLUSH_DELAY_MS);
      }
      this.rides.delete(done);
      settle();
    };
    return {
      statement: `select switchboard_record_traces(${literal(JSON.stringify(batch))}::jsonb) as stored`,
      committed: (stored) => {
        this.reportRejected(batch.length, stored);
        end(false);
      },
      failed: () => end(true),
    };
  }

  /** Writes everything queued so far (and waits for a write already running). */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    while (this.inFlight || this.queue.length > 0 || this.rides.size > 0) {
      if (this.inFlight) await this.inFlight;
      else if (this.queue.length > 0) this.startWrite();
      else await Promise.all(this.rides);
    }
  }

  private schedule(delayMs: number): void {
    if (this.inFlight) return; // the running write schedules the next batch when it ends
    if (this.timer) {
      if (delayMs > 0) return;
      clearTimeout(this.timer); // a full batch goes now, not when the first trace's wait ends
    }
    this.timer = setTimeout(() => {
      this.timer = null;
      this.startWrite();
    }, delayMs);
  }

  private startWrite(): void {
    if (this.inFlight || this.queue.length === 0) return;
    const batch = this.queue.splice(0, MAX_TRACES_PER_STATEMENT);
    for (const wake of this.waiters.splice(0)) wake();
    this.inFlight = this.write(batch).finally(() => {
      this.inFlight = null;
      if (this.queue.length > 0) this.schedule(0);
    });
  }

  private async write(batch: Queued[]): Promise<void> {
    try {
      const json = JSON.stringify(batch);
      if (!batchFunctionReady.has(this.db)) {
        await this.db.execute(
          sql`select switchboard_record_trace(b->'trace', b->'spans') from jsonb_array_elements(${json}::jsonb) as b`,
        );
        return;
      }
      const result = await this.db.execute(sql`select switchboard_record_traces(${json}::jsonb) as stored`);
      this.reportRejected(
        batch.length,
        (result as unknown as { rows: { stored: unknown }[] }).rows[0]?.stored,
      );
    } catch (error) {
      this.onError(error as Error, batch.length);
    }
  }

  /** Traces the batch function skipped (bad data) are lost: said, as a failed write is. */
  private reportRejected(sent: number, stored: unknown): void {
    const kept = Number(stored);
    if (Number.isInteger(kept) && kept < sent)
      this.onError(new Error('the database rejected them (switchboard_record_traces)'), sent - kept);
  }
}

const batches = new WeakMap<PgDatabase<any, any>, TraceWriteBatch>();

/** The one batch of a database handle, created on first use. */
export function traceWriteBatchOf(
  db: PgDatabase<any, any>,
  onError: (error: Error, lost: number) => void,
): TraceWriteBatch {
  let batch = batches.get(db);
  if (!batch) {
    batch = new TraceWriteBatch(db, onError);
    batches.set(db, batch);
  }
  return batch;
}

/** Queued traces for a commit about to be sent on `db`'s store (see `TraceWriteBatch.takeRide`). */
export function takeTraceRide(
  db: PgDatabase<any, any>,
  literal: (value: string) => string,
): TraceRide | null {
  return batches.get(db)?.takeRide(literal) ?? null;
}

/** Flushes the database's queued traces, if any were ever queued (the store's close calls it). */
export async function flushTraceWrites(db: PgDatabase<any, any>): Promise<void> {
  await batches.get(db)?.flush();
}
