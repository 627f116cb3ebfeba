/**
 * Preloaded into the benchmarked server (`BENCH_NODE_ARGS='--import ./bench/pgliteConnectionWaits.ts'
 * npm run bench:server`): how long statements wait for PGlite's one connection (its FIFO transaction
 * mutex) and how long each holds it, over the timed phase (from the bench's SIGUSR2 snapshot to the
 * server's exit). Written to PGLITE_WAITS (default /tmp/pglite-waits.txt). Bench-only.
 */
import { writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';

const waits: number[] = [];
const holds: number[] = [];
let measuring = false;

const runExclusive = (PGlite.prototype as any)._runExclusiveTransaction;
(PGlite.prototype as any)._runExclusiveTransaction = function (this: PGlite, fn: () => Promise<unknown>) {
  const asked = performance.now();
  return runExclusive.call(this, async () => {
    const got = performance.now();
    try {
      return await fn();
    } finally {
      if (measuring) {
        waits.push(got - asked);
        holds.push(performance.now() - got);
      }
    }
  });
};

process.on('SIGUSR2', () => {
  waits.length = 0;
  holds.length = 0;
  measuring = true;
});

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]?.toFixed(1);
};
const line = (name: string, values: number[]) =>
  `${name} p50 ${percentile(values, 50)} ms, p99 ${percentile(values, 99)} ms, max ${percentile(values, 100)} ms, ` +
  `sum ${values.reduce((a, b) => a + b, 0).toFixed(0)} ms`;

process.on('exit', () => {
  writeFileSync(
    process.env.PGLITE_WAITS ?? '/tmp/pglite-waits.txt',
    `${waits.length} statements or transactions\n${line('wait', waits)}\n${line('hold', holds)}\n`,
  );
});
