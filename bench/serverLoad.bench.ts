/**
 * Load through the HTTP API: `switchboard serve` runs in its own process (offline model, support
 * graph) and this process drives N concurrent conversations of T turns each over 127.0.0.1, once on
 * embedded PGlite and once on PostgreSQL. Prints turns/s, p50/p99 latency per turn and errors.
 *
 *   npm run bench:server                          # 200 conversations × 3 turns per backend
 *   BENCH_CONVERSATIONS=50 BENCH_TURNS=2 npm run bench:server
 *   BENCH_DATABASE_URL=postgres://… npm run bench:server   # default: SWITCHBOARD_TEST_DATABASE_URL or the test server
 *
 * Only loopback traffic; every request loop is bounded by count and by BENCH_TIMEOUT_MS.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 200);
const TURNS = Number(process.env.BENCH_TURNS ?? 3);
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 300_000);
const PG_URL =
  process.env.BENCH_DATABASE_URL ??
  process.env.SWITCHBOARD_TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/test';

/** Three kinds of customer, each routed to a different specialist with real tool calls. */
const SCRIPTS = [
  [
    'hi, I think I was charged twice on invoice INV-2043',
    'when was that invoice issued?',
    'thanks, that is all',
  ],
  ['what does the Growth plan cost?', 'and how much is the Scale plan?', 'can I book a demo?'],
  ['my webhooks keep failing', 'my account is ACC-1001', 'thanks for checking'],
];

type Server = { child: ChildProcess; url: string; stop(): Promise<number | null> };

function startServe(env: Record<string, string>): Promise<Server> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--port', '0', '--rate-limit', '0', '--model', 'offline'],
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

async function postJson(url: string, body: unknown): Promise<{ ok: boolean; body: any }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  const parsed = await res.json().catch(() => null);
  return { ok: res.ok, body: parsed };
}

/** One conversation: create, then its turns in order; returns each turn's latency (ms) and errors. */
async function conversation(url: string, script: string[], turns: number) {
  const latencies: number[] = [];
  const errors: string[] = [];
  const created = await postJson(`${url}/v1/conversations`, { graph: 'support' });
  if (!created.ok) return { latencies, errors: [`create: ${JSON.stringify(created.body)}`] };
  for (let t = 0; t < turns; t++) {
    const started = performance.now();
    try {
      const res = await postJson(`${url}/v1/conversations/${created.body.id}/messages`, {
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

async function measure(label: string, env: Record<string, string>) {
  const server = await startServe(env);
  try {
    // Warm-up: trains each agent's router and fills caches, like a server that has been up a while.
    await Promise.all(SCRIPTS.map((script) => conversation(server.url, script, script.length)));
    const started = performance.now();
    const results = await Promise.all(
      Array.from({ length: CONVERSATIONS }, (_, i) =>
        conversation(server.url, SCRIPTS[i % SCRIPTS.length], TURNS),
      ),
    );
    const wallMs = performance.now() - started;
    const latencies = results.flatMap((r) => r.latencies).sort((a, b) => a - b);
    const errors = results.flatMap((r) => r.errors);
    return {
      label,
      conversations: CONVERSATIONS,
      turns: latencies.length,
      wallSeconds: wallMs / 1000,
      turnsPerSecond: latencies.length / (wallMs / 1000),
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      max: latencies.at(-1) ?? Number.NaN,
      errors,
    };
  } finally {
    const code = await server.stop();
    if (code !== 0) console.error(`${label}: serve exited with ${code}`);
  }
}

async function postgresSchema(): Promise<{ url: string; drop(): Promise<void> } | { skip: string }> {
  const admin = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (error) {
    return { skip: `${PG_URL.replace(/:[^:@/]*@/, ':***@')} unreachable (${(error as Error).message})` };
  }
  const schema = `sb_bench_${Date.now()}`;
  await admin.query(`create schema "${schema}"`);
  await admin.end();
  const url = new URL(PG_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`drop schema if exists "${schema}" cascade`);
      await client.end();
    },
  };
}

function print(r: Awaited<ReturnType<typeof measure>>): void {
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  console.log(
    `${r.label.padEnd(10)} ${String(r.conversations).padStart(5)} conv ${String(r.turns).padStart(6)} turns ` +
      `${r.wallSeconds.toFixed(2).padStart(7)} s  ${r.turnsPerSecond.toFixed(1).padStart(7)} turns/s  ` +
      `p50 ${ms(r.p50).padStart(9)}  p99 ${ms(r.p99).padStart(9)}  max ${ms(r.max).padStart(9)}  errors ${r.errors.length}`,
  );
  for (const error of r.errors.slice(0, 5)) console.log(`  ! ${error}`);
}

console.log(
  `serverLoad: ${CONVERSATIONS} concurrent conversations × ${TURNS} turns over HTTP, support graph, offline model, ` +
    `Node ${process.version}`,
);
const dataDir = mkdtempSync(join(tmpdir(), 'sb-bench-server-'));
let failed = false;
try {
  const pglite = await measure('PGlite', { SWITCHBOARD_DATA_DIR: dataDir, DATABASE_URL: '' });
  print(pglite);
  failed ||= pglite.errors.length > 0;
  const target = await postgresSchema();
  if ('skip' in target) console.log(`PostgreSQL skipped: ${target.skip}`);
  else
    try {
      const postgres = await measure('PostgreSQL', { DATABASE_URL: target.url });
      print(postgres);
      failed ||= postgres.errors.length > 0;
    } finally {
      await target.drop();
    }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
