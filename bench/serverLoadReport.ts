/**
 * What `npm run bench:server` prints for one run, and how it compares with issue #20's targets. The
 * targets are for a quiet machine: on a shared one the load average is printed beside them, and the
 * CPU per turn (server process, and on PostgreSQL the run's own database backends) is the figure that
 * does not move with the load.
 */
import { availableParallelism, loadavg } from 'node:os';

export type RunResult = {
  label: string;
  conversations: number;
  turns: number;
  wallSeconds: number;
  turnsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  errors: string[];
  /** CPU (user + system) of the `serve` process during the timed phase, per turn. */
  serverCpuMsPerTurn: number;
  /** Of it, the kernel's share (socket reads and writes, epoll): the rest is JavaScript, GC and JIT. */
  serverSystemCpuMsPerTurn: number;
  /** CPU of this process (the HTTP client driving the load) during the timed phase, per turn. */
  clientCpuMsPerTurn: number;
  /** CPU of the run's PostgreSQL backends during the timed phase, per turn (null on PGlite). */
  databaseCpuMsPerTurn: number | null;
  /** 1-minute load average at the start and the end of the timed phase. */
  load: [number, number];
  perTurn: {
    transactions: number;
    driverTransactions: number;
    writing: number;
    statements: number;
    insertedRows: number;
    source: string;
    /** Of the driver's transactions, those of the graph's tool calls (its own tables, the ledger). */
    toolTransactions: number;
    toolWriting: number;
  };
};

/** Issue #20: at 200 concurrent conversations, 0 errors. */
export const TARGETS: Record<string, { turnsPerSecond: number; p99Ms: number }> = {
  PGlite: { turnsPerSecond: 300, p99Ms: 1000 },
  PostgreSQL: { turnsPerSecond: 600, p99Ms: 400 },
};

export const currentLoad = (): number => loadavg()[0];

export function printRun(r: RunResult): void {
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  console.log(
    `${r.label.padEnd(10)} ${String(r.conversations).padStart(5)} conv ${String(r.turns).padStart(6)} turns ` +
      `${r.wallSeconds.toFixed(2).padStart(7)} s  ${r.turnsPerSecond.toFixed(1).padStart(7)} turns/s  ` +
      `${r.serverCpuMsPerTurn.toFixed(2).padStart(6)} ms server CPU/turn  ` +
      `p50 ${ms(r.p50).padStart(9)}  p99 ${ms(r.p99).padStart(9)}  max ${ms(r.max).padStart(9)}  errors ${r.errors.length}`,
  );
  const db =
    r.databaseCpuMsPerTurn === null ? '' : `, database backends ${r.databaseCpuMsPerTurn.toFixed(2)} ms`;
  console.log(
    `${''.padEnd(10)} CPU per turn: server ${r.serverCpuMsPerTurn.toFixed(2)} ms ` +
      `(${(r.serverCpuMsPerTurn - r.serverSystemCpuMsPerTurn).toFixed(2)} user, ${r.serverSystemCpuMsPerTurn.toFixed(2)} system)${db}, ` +
      `bench client ${r.clientCpuMsPerTurn.toFixed(2)} ms; ` +
      `load average ${r.load[0].toFixed(1)} → ${r.load[1].toFixed(1)}`,
  );
  const t = r.perTurn;
  console.log(
    `${''.padEnd(10)} per turn: ${t.transactions.toFixed(2)} transactions (${t.source}; driver ` +
      `${t.driverTransactions.toFixed(2)}, ${t.writing.toFixed(2)} writing, ${t.statements.toFixed(2)} statements), ` +
      `${t.insertedRows.toFixed(2)} rows inserted`,
  );
  // Issue #20's budget is Switchboard's own: load, commit, side data (≤ 3, ≤ 2 writing).
  console.log(
    `${''.padEnd(10)} of which the graph's tool calls ${t.toolTransactions.toFixed(2)} ` +
      `(${t.toolWriting.toFixed(2)} writing), Switchboard's own ` +
      `${(t.driverTransactions - t.toolTransactions).toFixed(2)} (${(t.writing - t.toolWriting).toFixed(2)} writing; ` +
      `budget ≤ 3, ≤ 2 writing)`,
  );
  const target = TARGETS[r.label.split(' ')[0]];
  if (target) {
    const verdict = (met: boolean) => (met ? 'met' : 'not met');
    const cpuCeiling = 1000 / (r.serverCpuMsPerTurn + (r.databaseCpuMsPerTurn ?? 0));
    // Everything this machine spends on a turn (server, backends, the bench's own client), over its cores.
    const machineCeiling =
      (availableParallelism() * 1000) /
      (r.serverCpuMsPerTurn + (r.databaseCpuMsPerTurn ?? 0) + r.clientCpuMsPerTurn);
    console.log(
      `${''.padEnd(10)} vs target (${target.turnsPerSecond} turns/s, p99 ≤ ${target.p99Ms} ms, 0 errors, at 200 ` +
        `conversations): turns/s ×${(r.turnsPerSecond / target.turnsPerSecond).toFixed(2)} ` +
        `(${verdict(r.turnsPerSecond >= target.turnsPerSecond)}), p99 ×${(r.p99 / target.p99Ms).toFixed(2)} ` +
        `(${verdict(r.p99 <= target.p99Ms)}), errors ${verdict(r.errors.length === 0)}` +
        `${r.conversations === 200 ? '' : ` [ran ${r.conversations} conversations]`}; ` +
        `one core's worth of this CPU per turn caps at ${cpuCeiling.toFixed(0)} turns/s, ` +
        `all ${availableParallelism()} cores (client included, nothing else running) at ${machineCeiling.toFixed(0)}`,
    );
  }
  for (const error of r.errors.slice(0, 5)) console.log(`  ! ${error}`);
}
