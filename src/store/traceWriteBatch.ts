import { sql } from 'drizzle-orm';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import type { SpanRecord, TraceRecord } from './traceRecords.ts';

/*
 * Traces are side data: a turn's reply must not wait for its spans to reach the database, and one
 * transaction (one WAL flush) per turn for them is the cost issue #20 measured. Traces queue here and
 * are written in batches, each batch ONE statement (so one transaction) for up to 32 turns: under
 * load, concurrent turns share the flush. The queue is bounded: past MAX_QUEUED a writer waits
 * for the next flush instead of growing memory. `flush()` runs on the store's close, so a clean stop
 * loses nothing; a kill -9 loses what was queued or in flight (at most one flush interval of traces,
 * never conversation data, which commits with the turn).
 */

/** Traces held before a writer has to wait for a flush. */
export const MAX_QUEUED_TRACES = 2_000;
/**
 * Traces per statement. PGlite runs a statement synchronously on the event loop: an unbounded batch
 * under load (~75 traces, 130 ms at load average 10) stalled every other turn for that long. At 32 a
 * statement stays in the tens of milliseconds there, and still amortizes one commit over 32 turns.
 */
export const MAX_TRACES_PER_STATEMENT = 32;
/** How long the first queued trace waits for others to join its batch. */
const FLUSH_DELAY_MS = 5;

type Queued = { trace: TraceRecord; spans: SpanRecord[] };

export class TraceWriteBatch {
  private queue: Queued[] = [];
  private timer: NodeJS.Timeout | null = null;
  private inFlight: Promise<void> | null = null;
  private waiters: (() => void)[] = [];

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
    this.schedule(FLUSH_DELAY_MS);
  }

  /** Writes everything queued so far (and waits for a write already running). */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    while (this.inFlight || this.queue.length > 0) {
      if (this.inFlight) await this.inFlight;
      else this.startWrite();
    }
  }

  private schedule(delayMs: number): void {
    if (this.timer || this.inFlight) return; // the running write schedules the next batch when it ends
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
      await this.db.execute(
        sql`select switchboard_record_trace(b->'trace', b->'spans') from jsonb_array_elements(${JSON.stringify(batch)}::jsonb) as b`,
      );
    } catch (error) {
      this.onError(error as Error, batch.length);
    }
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

/** Flushes the database's queued traces, if any were ever queued (the store's close calls it). */
export async function flushTraceWrites(db: PgDatabase<any, any>): Promise<void> {
  await batches.get(db)?.flush();
}
