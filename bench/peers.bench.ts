/**
 * Switchboard against its peers on one workload (bench/peers/workload.ts): triage → specialist
 * handoff, a tool call, a handback, over N conversations of two turns, with a scripted zero-latency
 * model, so what is measured is the framework. Variants: raw @openai/agents, Switchboard on memory /
 * PGlite / PostgreSQL, LangGraph.js swarm with MemorySaver / PostgresSaver.
 *
 *   npm run bench:peers                              # N=300 conversations (+30 warm-up) per variant
 *   BENCH_CONVERSATIONS=1000 npm run bench:peers
 *   BENCH_DATABASE_URL=postgres://… npm run bench:peers   # default: the test server; absent → PG rows skipped
 */
import { cpus, loadavg } from 'node:os';
import { setTracingDisabled } from '@openai/agents';
import pg from 'pg';
import { langgraphMemory, langgraphPostgres } from './peers/langgraphVariant.ts';
import { rawSdkVariant } from './peers/rawSdkVariant.ts';
import { switchboardMemory, switchboardPglite, switchboardPostgres } from './peers/switchboardVariant.ts';
import { EXPECTED_REPLIES, modelCalls, TURN_TEXTS, type Variant } from './peers/workload.ts';

setTracingDisabled(true);
const N = Number(process.env.BENCH_CONVERSATIONS ?? 300);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 30);
const PG_URL =
  process.env.BENCH_DATABASE_URL ??
  process.env.SWITCHBOARD_TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/test';
const gc = (globalThis as { gc?: () => void }).gc;

type Row = {
  variant: Variant;
  p50: number;
  p99: number;
  turnsPerSecond: number;
  heapPerConversation: number;
  callsPerConversation: number;
  /** CPU (user + system) of this process per timed turn: robust to a loaded machine, unlike p50. */
  cpuMsPerTurn: number;
};

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

function heapUsed(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

async function measure(variant: Variant): Promise<Row> {
  const runner = await variant.open();
  const converse = async (i: number, samples: number[] | null) => {
    const conversation = await runner.start(i);
    for (const [t, text] of TURN_TEXTS.entries()) {
      const t0 = performance.now();
      const reply = await runner.turn(conversation, text);
      samples?.push(performance.now() - t0);
      if (reply !== EXPECTED_REPLIES[t])
        throw new Error(`${variant.name}: turn ${t + 1} answered "${reply}", not "${EXPECTED_REPLIES[t]}"`);
    }
    return conversation;
  };
  for (let i = 0; i < WARMUP; i++) await converse(i, null);
  const heapBefore = heapUsed();
  const callsBefore = modelCalls.count;
  const samples: number[] = [];
  // Kept referenced until the heap is read: the raw SDK's conversations live in these handles.
  const held: unknown[] = [];
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  for (let i = WARMUP; i < WARMUP + N; i++) held.push(await converse(i, samples));
  const cpu = process.cpuUsage(cpuBefore);
  const wall = performance.now() - started;
  const heapAfter = heapUsed();
  const callsPerConversation = (modelCalls.count - callsBefore) / N;
  await runner.close();
  held.length = 0;
  samples.sort((a, b) => a - b);
  process.stdout.write(`  measured ${variant.name}\n`);
  return {
    variant,
    p50: pct(samples, 50),
    p99: pct(samples, 99),
    turnsPerSecond: samples.length / (wall / 1000),
    heapPerConversation: (heapAfter - heapBefore) / N,
    callsPerConversation,
    cpuMsPerTurn: (cpu.user + cpu.system) / 1000 / samples.length,
  };
}

async function postgresAvailable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await client.end().catch(() => {});
  }
}

async function sql(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

async function main() {
  process.stdout.write(
    `peer benchmark · node ${process.version} · ${cpus().length} cores · load average ${load()}\n` +
      `${N} conversations × ${TURN_TEXTS.length} turns per variant (+${WARMUP} warm-up conversations), sequential, scripted model of 0 ms\n` +
      (gc ? '' : 'note: run with node --expose-gc for memory figures (npm run bench:peers does)\n'),
  );
  const pgProblem = await postgresAvailable();
  const schema = `bench_peers_${process.pid}_${Date.now()}`;
  let variants: Variant[] = [rawSdkVariant, switchboardMemory, langgraphMemory, switchboardPglite];
  if (pgProblem === null) {
    await sql(`create schema "${schema}"`);
    variants.push(switchboardPostgres(PG_URL, `${schema}_sb`), langgraphPostgres(PG_URL, schema));
  } else process.stdout.write(`PostgreSQL variants skipped: ${PG_URL} does not answer (${pgProblem})\n`);
  // BENCH_VARIANTS=raw,memory: only the variants whose name contains one of the words (raw SDK always runs).
  const only = process.env.BENCH_VARIANTS?.split(',').map((w) => w.trim().toLowerCase());
  if (only)
    variants = variants.filter(
      (v) => v === rawSdkVariant || only.some((w) => v.name.toLowerCase().includes(w)),
    );

  const rows: Row[] = [];
  try {
    for (const variant of variants) rows.push(await measure(variant));
  } finally {
    if (pgProblem === null) {
      await sql(`drop schema if exists "${schema}" cascade`);
      await sql(`drop schema if exists "${schema}_sb" cascade`);
    }
  }

  const byName = (name: string) => rows.find((r) => r.variant.name === name);
  const raw = byName(rawSdkVariant.name)!;
  process.stdout.write(
    `\n${'variant'.padEnd(36)}${'durability'.padEnd(15)}${'p50 ms'.padStart(8)}${'p99 ms'.padStart(9)}${'turns/s'.padStart(9)}${'KB/conv'.padStart(9)}  p50 vs raw  CPU ms/turn  CPU vs raw  calls/conv\n`,
  );
  for (const r of rows) {
    process.stdout.write(
      `${r.variant.name.padEnd(36)}${r.variant.durability.padEnd(15)}${r.p50.toFixed(3).padStart(8)}${r.p99.toFixed(3).padStart(9)}${r.turnsPerSecond.toFixed(0).padStart(9)}${(r.heapPerConversation / 1024).toFixed(1).padStart(9)}  ${(r.p50 / raw.p50).toFixed(2).padStart(9)}x  ${r.cpuMsPerTurn.toFixed(3).padStart(11)}  ${(r.cpuMsPerTurn / raw.cpuMsPerTurn).toFixed(2).padStart(9)}x  ${r.callsPerConversation}\n`,
    );
  }

  const verdict = (ok: boolean) => (ok ? 'MET' : 'NOT MET');
  const sbMem = byName(switchboardMemory.name);
  const lgMem = byName(langgraphMemory.name);
  process.stdout.write('\nratios\n');
  if (sbMem) {
    const memRatio = sbMem.p50 / raw.p50;
    process.stdout.write(
      `  Switchboard in memory vs raw SDK: p50 ${memRatio.toFixed(2)}x, p99 ${(sbMem.p99 / raw.p99).toFixed(2)}x, ` +
        `throughput ${(sbMem.turnsPerSecond / raw.turnsPerSecond).toFixed(2)}x, CPU/turn ${(sbMem.cpuMsPerTurn / raw.cpuMsPerTurn).toFixed(2)}x, memory/conv ${(sbMem.heapPerConversation / raw.heapPerConversation).toFixed(2)}x ` +
        `→ target p50 ≤ 1.0x ${verdict(memRatio <= 1.0)}\n`,
    );
  }
  const versus = (sb: Row | undefined, lg: Row | undefined, label: string) => {
    if (!sb || !lg) return;
    process.stdout.write(
      `  LangGraph.js vs Switchboard, ${label}: p50 ${(lg.p50 / sb.p50).toFixed(2)}x, p99 ${(lg.p99 / sb.p99).toFixed(2)}x, ` +
        `throughput ${(sb.turnsPerSecond / lg.turnsPerSecond).toFixed(2)}x in Switchboard's favour, memory/conv ${(lg.heapPerConversation / sb.heapPerConversation).toFixed(2)}x ` +
        `→ Switchboard ahead ${verdict(sb.p50 < lg.p50 && sb.turnsPerSecond > lg.turnsPerSecond)}\n`,
    );
  };
  versus(sbMem, lgMem, 'both in memory');
  versus(
    byName(switchboardPostgres('', '').name),
    byName(langgraphPostgres('', '').name),
    'both on PostgreSQL',
  );
  process.stdout.write(`\nload average at the end: ${load()}\n`);
}

await main();
