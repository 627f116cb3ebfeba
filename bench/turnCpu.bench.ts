/**
 * CPU per turn by layer, in one process: the support graph with the offline model, BENCH_CONVERSATIONS
 * concurrent conversations × BENCH_TURNS turns (the scripts of bench:server), after a warm-up, measured
 * with `process.cpuUsage` (robust to a shared machine, unlike turns/s, though it
 * still swings ±30% between runs at load 5-10: compare medians of several runs). Layers:
 *
 *   memory     Switchboard.send over the in-memory store (runtime, SDK runner, offline model, routing;
 *              the support graph's tool reads still run on an in-memory PGlite)
 *   pglite     the same over PGlite in memory (+ the turn's statements in WebAssembly, trace batches)
 *   pglite-dir the same over PGlite on a data directory, as `serve` runs it
 *   http       the server (fastify, auth, schemas, JSON) over PGlite, driven with `inject` (no sockets)
 *   postgres   Switchboard.send over PostgreSQL (SWITCHBOARD_TEST_DATABASE_URL, own schema, dropped after)
 *
 *   npx tsx bench/turnCpu.bench.ts memory pglite http
 *   npx tsx --import ./bench/pgliteStatementTime.ts bench/turnCpu.bench.ts pglite   # + WebAssembly time by statement
 *   BENCH_PROFILE=/tmp/turns.cpuprofile npx tsx bench/turnCpu.bench.ts pglite   # profile the timed phase
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openGraphs } from '../src/app/startServer.ts';
import type { Switchboard } from '../src/runtime/switchboard.ts';
import { buildServer } from '../src/server/app.ts';
import { createMemoryStore } from '../src/store/memoryStore.ts';
import { createPgliteStore } from '../src/store/pgliteStore.ts';
import { createPostgresStore } from '../src/store/postgresStore.ts';
import { flushTraceWrites } from '../src/store/traceWriteBatch.ts';
import type { ConversationStore } from '../src/store/types.ts';
import { SUPPORT_SCRIPTS } from './supportScripts.ts';

const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 50);
const TURNS = Number(process.env.BENCH_TURNS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const PG_URL = process.env.SWITCHBOARD_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SCRIPTS = SUPPORT_SCRIPTS;

type Driver = {
  create(): Promise<string>;
  send(id: string, text: string): Promise<unknown>;
  close(): Promise<void>;
};

async function directDriver(store: ConversationStore): Promise<Driver> {
  const [sb] = await openGraphs(['support'], store, 'offline');
  return {
    create: async () => (await sb.createConversation()).id,
    send: (id, text) => sb.send(id, text),
    close: async () => {
      await flushTraceWrites(await store.toolDb());
      await store.close();
    },
  };
}

async function httpDriver(store: ConversationStore): Promise<Driver> {
  const graphs: Switchboard[] = await openGraphs(['support'], store, 'offline');
  const { app } = await buildServer({ graphs, store, rateLimit: false });
  await app.ready();
  const post = async (url: string, body: unknown) => {
    const res = await app.inject({ method: 'POST', url, payload: body as object });
    if (res.statusCode >= 300) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  return {
    create: async () => (await post('/v1/conversations', { graph: 'support' })).id,
    send: (id, text) => post(`/v1/conversations/${id}/messages`, { text }),
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}

async function openLayer(layer: string): Promise<Driver> {
  if (layer === 'memory') return directDriver(createMemoryStore());
  if (layer === 'pglite' || layer === 'http' || layer === 'pglite-dir') {
    // pglite-dir: on a data directory, as `serve` runs it (pglite and http: in memory).
    const dir = layer === 'pglite-dir' ? mkdtempSync(join(tmpdir(), 'sb-turncpu-')) : null;
    const store = await createPgliteStore(dir ? { dataDir: dir } : {});
    await store.migrate();
    const driver = layer === 'http' ? await httpDriver(store) : await directDriver(store);
    return dir
      ? { ...driver, close: () => driver.close().finally(() => rmSync(dir, { recursive: true })) }
      : driver;
  }
  if (layer === 'postgres') {
    const schema = `sb_turncpu_${Date.now()}`;
    const store = await createPostgresStore({ url: PG_URL, searchPath: schema });
    await store.migrate();
    const driver = await directDriver(store);
    return {
      ...driver,
      close: async () => {
        await driver.close();
        const pg = (await import('pg')).default;
        const admin = new pg.Client({ connectionString: PG_URL });
        await admin.connect();
        await admin.query(`drop schema if exists "${schema}" cascade`);
        await admin.end();
      },
    };
  }
  throw new Error(`unknown layer ${layer}`);
}

async function round(driver: Driver): Promise<number> {
  const ids = await Promise.all(Array.from({ length: CONVERSATIONS }, () => driver.create()));
  const before = process.cpuUsage();
  await Promise.all(
    ids.map(async (id, i) => {
      for (let t = 0; t < TURNS; t++) await driver.send(id, SCRIPTS[i % SCRIPTS.length][t % 3]);
    }),
  );
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / (CONVERSATIONS * TURNS);
}

/** Warm-up round, then ROUNDS measured ones: CPU ms per turn of each. */
async function measureLayer(layer: string, driver: Driver): Promise<number[]> {
  await round(driver); // warm-up: JIT, routers, prepared statements
  let session: Session | null = null;
  if (process.env.BENCH_PROFILE) {
    session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
  }
  const figures: number[] = [];
  const statementTime = (globalThis as any).__pgliteStatementTime; // bench/pgliteStatementTime.ts, when preloaded
  statementTime?.reset();
  for (let r = 0; r < ROUNDS; r++) figures.push(await round(driver));
  statementTime?.report(ROUNDS * CONVERSATIONS * TURNS);
  if (session) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(
      process.env.BENCH_PROFILE!.replace('.cpuprofile', `.${layer}.cpuprofile`),
      JSON.stringify(profile),
    );
  }
  return figures;
}

for (const layer of process.argv.slice(2)) {
  const driver = await openLayer(layer);
  const load = loadavg()[0];
  let figures: number[];
  try {
    figures = await measureLayer(layer, driver);
  } finally {
    await driver.close(); // PostgreSQL: drops the run's schema even when a turn failed
  }
  const sorted = [...figures].sort((a, b) => a - b);
  console.log(
    `${layer.padEnd(9)} CPU per turn ${figures.map((f) => f.toFixed(2)).join(' / ')} ms (median ${sorted[Math.floor(sorted.length / 2)].toFixed(2)}), ` +
      `${CONVERSATIONS} conv × ${TURNS} turns, load ${load.toFixed(1)} → ${loadavg()[0].toFixed(1)}`,
  );
}
process.exit(0);
