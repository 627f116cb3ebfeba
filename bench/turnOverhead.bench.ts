/**
 * Per-turn orchestration overhead, model time excluded: one triage → billing handoff turn (two model
 * calls, zero-latency deterministic model) on raw `@openai/agents` run() vs Switchboard in memory vs
 * Switchboard on PGlite (durable: every turn committed to a data directory).
 *
 *   npm run bench            # defaults: 3000 warm-up, 2000 measured turns per variant
 *   BENCH_TURNS=500 BENCH_WARMUP=300 npm run bench
 *
 * Interleaved in one process first, then raw and in-memory Switchboard each alone in its own process
 * (BENCH_RUNS_ALONE alternating runs, default 5): the target must hold in both.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  Agent,
  handoff,
  type Model,
  type ModelRequest,
  type ModelResponse,
  run,
  type StreamEvent,
  setTracingDisabled,
  Usage,
} from '@openai/agents';
import { z } from 'zod';
import { defineGraph } from '../src/graph/defineGraph.ts';
import { responseToStream } from '../src/models/responseStream.ts';
import { Switchboard } from '../src/runtime/switchboard.ts';
import { createMemoryStore } from '../src/store/memoryStore.ts';
import { createPgliteStore } from '../src/store/pgliteStore.ts';
import { reinstallTracing } from '../src/tracing/tracingSetup.ts';

setTracingDisabled(true);
const TURNS = Number(process.env.BENCH_TURNS ?? 2000);
/*
 * The same warm-up in both modes, long enough for the JIT to have optimized code that runs once a turn,
 * as in a server that has been up for a while. After 300 turns much of it is still unoptimized and the
 * figures measure compilation as much as overhead: with BENCH_WARMUP=300 BENCH_ALONE_WARMUP=300,
 * Switchboard in memory came out at 1.20x interleaved and 1.23x alone, against 1.11x and 1.14x after
 * 3000 (README, Benchmark).
 */
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3000);
const RUNS_ALONE = Number(process.env.BENCH_RUNS_ALONE ?? 5);
const ALONE_WARMUP = Number(process.env.BENCH_ALONE_WARMUP ?? 3000);
const ALONE_TURNS = Number(process.env.BENCH_ALONE_TURNS ?? 5000);

/** Zero-latency model: triage always hands off to Billing, Billing always answers. */
class InstantModel implements Model {
  private n = 0;
  constructor(private readonly role: 'triage' | 'billing') {}
  async getResponse(_request: ModelRequest): Promise<ModelResponse> {
    this.n += 1;
    if (this.role === 'triage') {
      return {
        usage: new Usage(),
        output: [
          {
            type: 'function_call',
            callId: `c${this.n}`,
            name: 'transfer_to_Billing',
            status: 'completed',
            arguments: '{"reason":"invoice question","intent":"billing.invoice"}',
          },
        ],
      };
    }
    return {
      usage: new Usage(),
      output: [
        {
          type: 'message',
          role: 'assistant',
          status: 'completed',
          content: [{ type: 'output_text', text: 'Your invoice is $42.' }],
        },
      ],
    };
  }
  getStreamedResponse(request: ModelRequest): AsyncIterable<StreamEvent> {
    const self = this;
    return (async function* () {
      yield* responseToStream(await self.getResponse(request));
    })();
  }
}

const payload = z.object({ reason: z.string(), intent: z.string().nullable().optional() });

/**
 * The same topology as `graph()` below, in plain SDK terms: every Switchboard graph has the built-in
 * Human node and an escalation edge to it from each agent, and Billing hands back to Triage. Fewer
 * handoff tools on the raw side would make every model request smaller and the comparison unfair.
 */
function rawAgents() {
  const human = new Agent({
    name: 'Human',
    instructions: 'A person takes over.',
    handoffDescription: 'A person',
  });
  const billing = new Agent({
    name: 'Billing',
    instructions: 'Billing.',
    handoffDescription: 'Invoices',
    model: new InstantModel('billing'),
  });
  const triage = new Agent({
    name: 'Triage',
    instructions: 'Route.',
    handoffDescription: 'Front desk',
    model: new InstantModel('triage'),
  });
  const edge = (to: Agent) => handoff(to, { inputType: payload, onHandoff: () => {} });
  triage.handoffs = [edge(billing), edge(human)];
  billing.handoffs = [edge(triage), edge(human)];
  return triage;
}

function graph() {
  return defineGraph({
    name: 'bench',
    entry: 'Triage',
    agents: [
      { name: 'Triage', instructions: 'Route.', handoffs: ['Billing'] },
      { name: 'Billing', instructions: 'Billing.', handoffDescription: 'Invoices', handoffs: ['Triage'] },
    ],
  });
}

const models = (agent: { name: string }) => ({
  model: new InstantModel(agent.name === 'Triage' ? 'triage' : 'billing'),
  path: 'llm' as const,
});

/**
 * Times every variant turn by turn, interleaved (raw, memory, …, raw, memory, …) after a warm-up of
 * each: measured one after another, whichever ran first paid for the JIT and looked slower (a 1.5×
 * swing between two identical orders), and background load would fall on one variant only.
 */
async function measureInterleaved(variants: [string, () => Promise<void>][]): Promise<number[][]> {
  for (const [, turn] of variants) for (let i = 0; i < WARMUP; i++) await turn();
  const samples = variants.map(() => [] as number[]);
  for (let i = 0; i < TURNS; i++) {
    for (const [v, [, turn]] of variants.entries()) {
      const t0 = performance.now();
      await turn();
      samples[v].push(performance.now() - t0);
    }
  }
  for (const s of samples) s.sort((a, b) => a - b);
  return samples;
}

const pct = (s: number[], p: number) => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];

/**
 * Switchboard turns over `store`. `traces: false` runs with SWITCHBOARD_TRACING=0 — the like-for-like
 * comparison with the raw run(), which traces nothing; `true` (the default in production) also records
 * and stores every span of the turn. Tracing is process-wide: the setting holds until the next create.
 */
async function switchboardTurns(
  store: Awaited<ReturnType<typeof createPgliteStore>>,
  traces: boolean,
  turns = TURNS + WARMUP,
) {
  // Installed once per process from the environment: re-install to switch it for this phase.
  reinstallTracing({ ...process.env, SWITCHBOARD_TRACING: traces ? '1' : '0' });
  const sb = await Switchboard.create({ graph: graph(), store, models });
  // Conversations are created beforehand: the measured unit is the turn, not the conversation setup.
  const ids: string[] = [];
  for (let i = 0; i < turns; i++) ids.push((await sb.createConversation()).id);
  let next = 0;
  return async () => {
    await sb.send(ids[next++], 'I have a question about my invoice');
  };
}

/**
 * One variant alone in this process (`BENCH_ALONE=raw|memory`, tracing off): prints its p50 as JSON.
 * Interleaving in one process shares the JIT's work and the heap: alone, the raw run() carries none of
 * Switchboard's code, store or garbage.
 */
async function measureAlone(variant: 'raw' | 'memory'): Promise<void> {
  const triage = rawAgents();
  const turn =
    variant === 'raw'
      ? async () => {
          await run(triage, 'I have a question about my invoice', { maxTurns: 10 });
        }
      : await switchboardTurns(createMemoryStore() as any, false, ALONE_WARMUP + ALONE_TURNS);
  for (let i = 0; i < ALONE_WARMUP; i++) await turn();
  const samples: number[] = [];
  for (let i = 0; i < ALONE_TURNS; i++) {
    const t0 = performance.now();
    await turn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  process.stdout.write(`${JSON.stringify({ variant, p50: pct(samples, 50) })}\n`);
}

/** Raw and in-memory Switchboard, each in its own process, alternating `runs` times; medians of their p50s. */
function measureSeparately(runs: number): { raw: number; memory: number } {
  const p50s = { raw: [] as number[], memory: [] as number[] };
  for (let r = 0; r < runs; r++) {
    for (const variant of ['raw', 'memory'] as const) {
      const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1]], {
        env: { ...process.env, BENCH_ALONE: variant },
        encoding: 'utf8',
      });
      if (child.status !== 0) throw new Error(`BENCH_ALONE=${variant} failed: ${child.stderr}`);
      p50s[variant].push(JSON.parse(child.stdout.trim().split('\n').at(-1)!).p50);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { raw: median(p50s.raw), memory: median(p50s.memory) };
}

async function main() {
  process.stdout.write(
    `turn overhead benchmark · node ${process.version} · ${TURNS} turns (+${WARMUP} warm-up) per variant\n`,
  );
  const triage = rawAgents();
  const rawTurn = async () => {
    await run(triage, 'I have a question about my invoice', { maxTurns: 10 });
  };
  const dir = mkdtempSync(join(tmpdir(), 'sb-bench-'));
  const pglite = await createPgliteStore({ dataDir: dir });
  await pglite.migrate();
  // Tracing is process-wide, so the trace setting is per phase: first without traces (like for like
  // with the raw run), then with every span recorded and stored, as in production.
  const [raw, memory] = await measureInterleaved([
    ['raw', rawTurn],
    ['memory', await switchboardTurns(createMemoryStore() as any, false)],
  ]);
  process.stdout.write('  measured raw run() and Switchboard in memory, no traces (interleaved)\n');
  const [rawAgain, memoryTraced, durable] = await measureInterleaved([
    ['raw', rawTurn],
    ['memory+traces', await switchboardTurns(createMemoryStore() as any, true)],
    ['pglite+traces', await switchboardTurns(pglite, true)],
  ]);
  process.stdout.write(
    '  measured raw run() again, Switchboard in memory and on PGlite with traces (interleaved)\n',
  );
  await pglite.close();
  rmSync(dir, { recursive: true, force: true });

  // Each row against the raw run() of its own phase: tracing on or off applies to both alike.
  const rows: [string, number[], number[]][] = [
    ['raw run(), tracing off', raw, raw],
    ['Switchboard in memory, tracing off', memory, raw],
    ['raw run(), SDK tracing on', rawAgain, rawAgain],
    ['Switchboard in memory, traces stored', memoryTraced, rawAgain],
    ['Switchboard on PGlite, traces stored', durable, rawAgain],
  ];
  process.stdout.write(
    '\nvariant                                  p50 ms   p95 ms   p99 ms   p50 vs raw of its phase\n',
  );
  for (const [label, s, base] of rows) {
    process.stdout.write(
      `${label.padEnd(40)} ${pct(s, 50).toFixed(3).padStart(6)}   ${pct(s, 95).toFixed(3).padStart(6)}   ${pct(s, 99).toFixed(3).padStart(6)}   ${(pct(s, 50) / pct(base, 50)).toFixed(2)}x\n`,
    );
  }
  const alone = measureSeparately(RUNS_ALONE);
  process.stdout.write(
    `\neach alone in its own process, tracing off (${ALONE_TURNS} turns after ${ALONE_WARMUP} warm-up; median p50 of ${RUNS_ALONE} alternating runs):\n` +
      `${'raw run()'.padEnd(40)} ${alone.raw.toFixed(3).padStart(6)}   1.00x\n` +
      `${'Switchboard in memory'.padEnd(40)} ${alone.memory.toFixed(3).padStart(6)}   ${(alone.memory / alone.raw).toFixed(2)}x\n`,
  );
  const memRatio = pct(memory, 50) / pct(raw, 50);
  const aloneRatio = alone.memory / alone.raw;
  const tracedRatio = pct(memoryTraced, 50) / pct(rawAgain, 50);
  const worst = Math.max(memRatio, aloneRatio, tracedRatio);
  process.stdout.write(
    `\ntargets: in-memory ≤ 1.15x raw → ${memRatio.toFixed(2)}x interleaved, ${aloneRatio.toFixed(2)}x in separate processes (tracing off), ${tracedRatio.toFixed(2)}x tracing on ` +
      `${worst <= 1.15 ? 'MET' : 'NOT MET'}; ` +
      `durable p50 ≤ 5 ms → ${pct(durable, 50).toFixed(2)} ms ${pct(durable, 50) <= 5 ? 'MET' : 'NOT MET'}\n`,
  );
}

const alone = process.env.BENCH_ALONE;
if (alone === 'raw' || alone === 'memory') await measureAlone(alone);
else await main();
