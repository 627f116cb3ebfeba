/**
 * Preload for bench/turnCpu.bench.ts (`npx tsx --import ./bench/pgliteStatementTime.ts
 * bench/turnCpu.bench.ts pglite`): time spent inside PGlite's synchronous protocol execution (the
 * WebAssembly running a statement, on the event loop), per turn and by statement kind: the turn's
 * load and commit, trace batches, the support graph's tool reads. Bench-only.
 */
import { PGlite } from '@electric-sql/pglite';

const proto = PGlite.prototype as any;
const execute = proto.execProtocolRawSync;
const decoder = new TextDecoder();
let current = 'other';
const time = new Map<string, number>();
const count = new Map<string, number>();

const kindOf = (sql: string) =>
  /switchboard_load_turn/.test(sql)
    ? 'load'
    : /commit_turn/.test(sql)
      ? 'commit'
      : /record_trace/.test(sql)
        ? 'trace'
        : /support_/.test(sql)
          ? 'tool'
          : /^\s*(begin|commit|rollback)/i.test(sql)
            ? 'begin/commit'
            : `other: ${sql.slice(0, 60)}`;

proto.execProtocolRawSync = function (this: PGlite, message: Uint8Array) {
  // Parse ('P': name\0sql\0…) and Query ('Q': sql\0) name the statement the following messages run.
  if (message[0] === 80 || message[0] === 81) {
    const text = decoder.decode(message.subarray(5, Math.min(message.length, 4000)));
    current = kindOf(message[0] === 80 ? text.slice(text.indexOf('\0') + 1) : text);
    count.set(current, (count.get(current) ?? 0) + 1);
  }
  const started = performance.now();
  try {
    return execute.call(this, message);
  } finally {
    time.set(current, (time.get(current) ?? 0) + performance.now() - started);
  }
};

(globalThis as any).__pgliteStatementTime = {
  reset() {
    time.clear();
    count.clear();
  },
  report(turns: number) {
    const rows = [...time].sort((a, b) => b[1] - a[1]);
    const total = rows.reduce((sum, [, ms]) => sum + ms, 0);
    console.log(
      `PGlite statements ${(total / turns).toFixed(2)} ms per turn: ` +
        rows
          .map(
            ([k, ms]) => `${k} ${(ms / turns).toFixed(2)} ms (${((count.get(k) ?? 0) / turns).toFixed(2)}×)`,
          )
          .join('; '),
    );
  },
};
