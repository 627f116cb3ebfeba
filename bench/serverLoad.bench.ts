/**
 * Load through the HTTP API: `switchboard serve` runs in its own process (offline model, support
 * graph) and this process drives N concurrent conversations of T turns each over 127.0.0.1, once on
 * embedded PGlite and once on PostgreSQL. Prints turns/s, p50/p99 latency per turn, errors, and the
 * database work per turn: committed transactions (all / writing) and inserted rows. On PostgreSQL the
 * run gets a database of its own, so `pg_stat_database` (xact_commit, tup_inserted) counts only it;
 * PGlite keeps no such counters, so there `bench/sqlCounter.ts` (preloaded into the server) counts
 * transactions in the driver and rows are counted in the tables. Conversations are created before the
 * timed phase, so the figures are for turns alone (including the server's shutdown flush).
 *
 *   npm run bench:server                          # 200 conversations × 3 turns per backend
 *   BENCH_CONVERSATIONS=50 BENCH_TURNS=2 npm run bench:server
 *   BENCH_DATABASE_URL=postgres://… npm run bench:server   # default: SWITCHBOARD_TEST_DATABASE_URL or the test server
 *
 * Only loopback traffic; every request loop is bounded by count and by BENCH_TIMEOUT_MS.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { jsonClient } from './benchHttpClient.ts';
import { currentLoad, printRun, type RunResult } from './serverLoadReport.ts';
import { SUPPORT_SCRIPTS } from './supportScripts.ts';

const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 200);
const TURNS = Number(process.env.BENCH_TURNS ?? 3);
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 300_000);
/*
 * Conversations (× 3 turns, 50 at a time) run before the timed phase. With the three of earlier rounds
 * (9 turns) the timed turns still paid for V8's compilation of the turn path (background threads count
 * in the server's CPU): on PostgreSQL 14.9 / 13.1 ms of server CPU per turn against 11.5 / 10.5 ms
 * after 150 conversations, alternated at load 11-12 (docs/turn-cpu.md). A server that has been up a
 * while runs warm code.
 */
const WARMUP_CONVERSATIONS = Number(process.env.BENCH_WARMUP_CONVERSATIONS ?? 150);
const PG_URL =
  process.env.BENCH_DATABASE_URL ??
  process.env.SWITCHBOARD_TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/test';

const SCRIPTS = SUPPORT_SCRIPTS;

type Server = { child: ChildProcess; url: string; stop(): Promise<number | null> };

/** What the server's driver counted (bench/sqlCounter.ts); insertedRows only on PGlite. */
type DriverCounts = {
  transactions: number;
  writing: number;
  statements: number;
  insertedRows: number;
  /** Transactions of the graph's tool calls (its tables, the side-effect ledger), in the driver. */
  tools: { transactions: number; writing: number };
};

function startServe(env: Record<string, string>): Promise<Server> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      // As `npm start` runs serve (docs/turn-budget.md, young generation): 7 of 7 alternated pairs used
      // less CPU per turn with it, median -9%. BENCH_NODE_ARGS='--max-semi-space-size=16' for V8's default.
      '--max-semi-space-size=64',
      // e.g. BENCH_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' to profile the server.
      ...(process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean),
      '--import',
      './bench/sqlCounter.ts',
      'src/cli/main.ts',
      'serve',
      '--port',
      '0',
      '--rate-limit',
      '0',
      '--model',
      'offline',
    ],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match)
        resolve({
          child,
          url: match[1],
          stop: () => {
            child.kill('SIGTERM');
            return exit;
          },
        });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exit.then((code) => reject(new Error(`serve exited (${code}) before listening:\n${out}`)));
  });
}

/** BENCH_CLIENT=fetch: the undici client of earlier rounds, to compare the client's own CPU. */
const client = jsonClient(Math.max(CONVERSATIONS, 50), TIMEOUT_MS);

async function postJson(url: string, body: unknown): Promise<{ ok: boolean; body: any }> {
  if (process.env.BENCH_CLIENT !== 'fetch') return client.post(url, body);
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  const parsed = await res.json().catch(() => null);
  return { ok: res.ok, body: parsed };
}

async function createConversation(url: string): Promise<string> {
  const created = await postJson(`${url}/v1/conversations`, { graph: 'support' });
  if (!created.ok) throw new Error(`create: ${JSON.stringify(created.body)}`);
  return created.body.id;
}

/** One conversation's turns in order; returns each turn's latency (ms) and errors. */
async function conversation(url: string, id: string, script: string[], turns: number) {
  const latencies: number[] = [];
  const errors: string[] = [];
  for (let t = 0; t < turns; t++) {
    const started = performance.now();
    try {
      const res = await postJson(`${url}/v1/conversations/${id}/messages`, {
        text: script[t % script.length],
      });
      latencies.push(performance.now() - started);
      if (!res.ok || typeof res.body?.reply !== 'string' || !res.body.agent)
        errors.push(`turn ${t + 1}: ${JSON.stringify(res.body).slice(0, 200)}`);
    } catch (error) {
      errors.push(`turn ${t + 1}: ${(error as Error).message}`);
    }
  }
  return { latencies, errors };
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? Number.NaN
    : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); NaN elsewhere. */
function cpuSeconds(pid: number | undefined): number {
  return systemAndUserSeconds(pid).reduce((a, b) => a + b, 0);
}

/** [user, system] CPU seconds a process has used so far, from /proc (Linux); NaN elsewhere. */
function systemAndUserSeconds(pid: number | undefined): [number, number] {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return [Number(fields[11]) / 100, Number(fields[12]) / 100]; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return [Number.NaN, Number.NaN];
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Database counters of the run's own PostgreSQL database (null on PGlite). */
type DbCounters = { transactions: number; insertedRows: number };
type Backend = {
  label: string;
  env: Record<string, string>;
  /** Reads the database's counters; `settled` = after the server stopped. */
  counters(settled: boolean): Promise<DbCounters | null>;
  /** PGlite: rows now in the tables, read once the server has stopped. */
  rowsAfterStop?(): Promise<number>;
  /** PostgreSQL: CPU seconds used so far by each backend of the run's database, by pid. */
  backendCpu?(): Promise<Map<number, number>>;
};

/** CPU the backends used between two readings; a backend that started meanwhile counts whole. */
function backendCpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, cpu] of after) total += cpu - (before.get(pid) ?? 0);
  return total;
}

async function driverSnapshot(server: Server, file: string): Promise<DriverCounts> {
  rmSync(file, { force: true });
  server.child.kill('SIGUSR2');
  for (let i = 0; i < 200 && !existsSync(file); i++) await sleep(25);
  await sleep(25);
  return JSON.parse(readFileSync(file, 'utf8'));
}

async function measure(backend: Backend, countsFile: string): Promise<RunResult> {
  const server = await startServe({ ...backend.env, BENCH_SQL_COUNTS: countsFile });
  let before: { driver: DriverCounts; db: DbCounters | null };
  let turnsRun = 0;
  let stopped = false;
  try {
    // Warm-up: trains each agent's router, fills caches and lets V8 optimize the turn path, like a
    // server that has been up a while.
    for (let done = 0; done < Math.max(WARMUP_CONVERSATIONS, SCRIPTS.length); done += 50)
      await Promise.all(
        Array.from(
          { length: Math.min(50, Math.max(WARMUP_CONVERSATIONS, SCRIPTS.length) - done) },
          async (_, i) => {
            const script = SCRIPTS[i % SCRIPTS.length];
            return conversation(server.url, await createConversation(server.url), script, script.length);
          },
        ),
      );
    const ids = await Promise.all(
      Array.from({ length: CONVERSATIONS }, () => createConversation(server.url)),
    );
    // PostgreSQL backends report their counters when idle, at most every 10 s: let them settle.
    if (backend.label.startsWith('PostgreSQL')) await sleep(11_000);
    before = { driver: await driverSnapshot(server, countsFile), db: await backend.counters(false) };
    const cpuBefore = systemAndUserSeconds(server.child.pid);
    const clientBefore = process.cpuUsage();
    const backendsBefore = await backend.backendCpu?.();
    const loadBefore = currentLoad();
    const started = performance.now();
    const results = await Promise.all(
      ids.map((id, i) => conversation(server.url, id, SCRIPTS[i % SCRIPTS.length], TURNS)),
    );
    const wallMs = performance.now() - started;
    const latencies = results.flatMap((r) => r.latencies).sort((a, b) => a - b);
    const errors = results.flatMap((r) => r.errors);
    turnsRun = latencies.length;
    const cpuAfter = systemAndUserSeconds(server.child.pid);
    const serverUserSeconds = cpuAfter[0] - cpuBefore[0];
    const serverSystemSeconds = cpuAfter[1] - cpuBefore[1];
    const serverCpuSeconds = serverUserSeconds + serverSystemSeconds;
    const clientCpu = process.cpuUsage(clientBefore);
    const backendsAfter = await backend.backendCpu?.();
    const databaseCpuSeconds =
      backendsBefore && backendsAfter ? backendCpuBetween(backendsBefore, backendsAfter) : null;
    const loadAfter = currentLoad();
    // Stop before counting: the shutdown flush of queued side data belongs to these turns.
    const code = await server.stop();
    stopped = true;
    if (code !== 0) errors.push(`serve exited with ${code}`);
    const driverAfter: DriverCounts = JSON.parse(readFileSync(countsFile, 'utf8'));
    const dbAfter = await backend.counters(true);
    const per = (n: number) => n / Math.max(1, turnsRun);
    const rowsAfter = backend.rowsAfterStop ? await backend.rowsAfterStop() : null;
    return {
      label: backend.label,
      conversations: CONVERSATIONS,
      turns: turnsRun,
      wallSeconds: wallMs / 1000,
      turnsPerSecond: turnsRun / (wallMs / 1000),
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      max: latencies.at(-1) ?? Number.NaN,
      errors,
      serverCpuMsPerTurn: (serverCpuSeconds * 1000) / Math.max(1, turnsRun),
      serverSystemCpuMsPerTurn: (serverSystemSeconds * 1000) / Math.max(1, turnsRun),
      clientCpuMsPerTurn: (clientCpu.user + clientCpu.system) / 1000 / Math.max(1, turnsRun),
      databaseCpuMsPerTurn:
        databaseCpuSeconds === null ? null : (databaseCpuSeconds * 1000) / Math.max(1, turnsRun),
      load: [loadBefore, loadAfter],
      perTurn: {
        transactions: per(
          dbAfter && before.db
            ? dbAfter.transactions - before.db.transactions
            : driverAfter.transactions - before.driver.transactions,
        ),
        driverTransactions: per(driverAfter.transactions - before.driver.transactions),
        writing: per(driverAfter.writing - before.driver.writing),
        statements: per(driverAfter.statements - before.driver.statements),
        insertedRows: per(
          dbAfter && before.db
            ? dbAfter.insertedRows - before.db.insertedRows
            : (rowsAfter ?? 0) - before.driver.insertedRows,
        ),
        source: dbAfter ? 'pg_stat_database' : 'driver + table rows',
        toolTransactions: per(driverAfter.tools.transactions - before.driver.tools.transactions),
        toolWriting: per(driverAfter.tools.writing - before.driver.tools.writing),
      },
    };
  } finally {
    if (!stopped) await server.stop();
  }
}

/** One PostgreSQL configuration to measure: connection counts for `serve`, settings for the run's database. */
type PostgresVariant = { label: string; env: Record<string, string>; settings: Record<string, string> };

/**
 * `BENCH_PG_LOCK_CONNECTIONS=2,4,8` and `BENCH_PG_POOL=5,10,20` sweep the lock connections and the
 * pool (each value one run); `BENCH_PG_COMMIT_DELAY=0,200` sweeps `commit_delay` (µs, group commit in
 * the server: a committing backend waits that long for others to share its WAL flush, when at least
 * `commit_siblings` (default 5) other transactions are open). One variant with the defaults otherwise.
 */
function postgresVariants(): PostgresVariant[] {
  const list = (name: string) => (process.env[name] ?? '').split(',').filter(Boolean);
  const variants: PostgresVariant[] = [];
  for (const n of list('BENCH_PG_LOCK_CONNECTIONS'))
    variants.push({
      label: `lock connections ${n}`,
      env: { SWITCHBOARD_PG_LOCK_CONNECTIONS: n },
      settings: {},
    });
  for (const n of list('BENCH_PG_POOL'))
    variants.push({ label: `pool ${n}`, env: { SWITCHBOARD_PG_POOL: n }, settings: {} });
  for (const us of list('BENCH_PG_COMMIT_DELAY'))
    variants.push({ label: `commit_delay ${us}`, env: {}, settings: { commit_delay: us } });
  return variants.length ? variants : [{ label: '', env: {}, settings: {} }];
}

/** A database of the run's own, so `pg_stat_database` counts nothing but this server. */
async function postgresBackend(
  variant: PostgresVariant,
): Promise<(Backend & { drop(): Promise<void> }) | { skip: string }> {
  const admin = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (error) {
    return { skip: `${PG_URL.replace(/:[^:@/]*@/, ':***@')} unreachable (${(error as Error).message})` };
  }
  const database = `sb_bench_${Date.now()}`;
  await admin.query(`create database "${database}"`);
  for (const [name, value] of Object.entries(variant.settings))
    await admin.query(`alter database "${database}" set ${name} = ${Number(value)}`);
  const url = new URL(PG_URL);
  url.pathname = `/${database}`;
  return {
    label: variant.label ? `PostgreSQL (${variant.label})` : 'PostgreSQL',
    env: { DATABASE_URL: url.toString(), ...variant.env },
    async counters(settled) {
      // A backend reports its counters when it exits; give the server's exits a moment to land.
      if (settled) await sleep(500);
      const { rows } = await admin.query(
        'select xact_commit::bigint as c, tup_inserted::bigint as i from pg_stat_database where datname = $1',
        [database],
      );
      return { transactions: Number(rows[0].c), insertedRows: Number(rows[0].i) };
    },
    async backendCpu() {
      // Only meaningful when the server runs on this machine (the default): /proc of other hosts is not here.
      const { rows } = await admin.query('select pid from pg_stat_activity where datname = $1', [database]);
      return new Map(
        rows
          .map((row) => [row.pid as number, cpuSeconds(row.pid)])
          .filter(([, cpu]) => !Number.isNaN(cpu)) as [number, number][],
      );
    },
    async drop() {
      await admin.query(`drop database if exists "${database}" with (force)`);
      await admin.end();
    },
  };
}

console.log(
  `serverLoad: ${CONVERSATIONS} concurrent conversations × ${TURNS} turns over HTTP, support graph, offline model, ` +
    `Node ${process.version}`,
);
const dataDir = mkdtempSync(join(tmpdir(), 'sb-bench-server-'));
const countsFile = join(dataDir, 'sql-counts.json');
const pgliteDir = join(dataDir, 'pglite');
let failed = false;
try {
  if (!process.env.BENCH_SKIP_PGLITE) {
    const pglite = await measure(
      {
        label: 'PGlite',
        env: { SWITCHBOARD_DATA_DIR: pgliteDir, DATABASE_URL: '' },
        counters: async () => null,
        async rowsAfterStop() {
          const db = await PGlite.create(pgliteDir);
          try {
            const { rows } = await db.query<{ n: number }>(
              `select coalesce(sum((xpath('/row/c/text()', query_to_xml(format('select count(*) as c from %I.%I',
                 table_schema, table_name), false, true, '')))[1]::text::int), 0)::int as n
               from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`,
            );
            return rows[0].n;
          } finally {
            await db.close();
          }
        },
      },
      countsFile,
    );
    printRun(pglite);
    failed ||= pglite.errors.length > 0;
  }
  for (const variant of process.env.BENCH_SKIP_POSTGRES ? [] : postgresVariants()) {
    const target = await postgresBackend(variant);
    if ('skip' in target) {
      console.log(`PostgreSQL skipped: ${target.skip}`);
      break;
    }
    try {
      const postgres = await measure(target, countsFile);
      printRun(postgres);
      failed ||= postgres.errors.length > 0;
    } finally {
      await target.drop();
    }
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
