/**
 * Bytes allocated per turn, by package and by function: the support graph with the offline model over
 * the memory store (the scripts of bench:server and turnCpu), V8's sampling heap profiler over the
 * timed rounds, with the objects the young and old collections already freed included.
 *
 * Why a second figure next to turnCpu's CPU per turn: on this shared 2-core machine CPU per turn swings
 * ±30% between runs of the same code at load 10-30 (docs/turn-cpu.md), so a cut under ~20% does not show
 * in three alternated pairs. What a turn allocates is set by the code, not by the neighbours: two runs
 * of the same code agree within a few per cent, and allocation is what the garbage collector (6-8% of a
 * turn) and much of the copying work cost. It is a proxy, not CPU: compare it alongside CPU pairs.
 *
 *   npx tsx bench/allocPerTurn.bench.ts
 *   BENCH_ROWS=60 npx tsx bench/allocPerTurn.bench.ts
 *   npx tsx --import ./bench/sdkExperiment/noSessionTracker.mjs bench/allocPerTurn.bench.ts   # the SDK experiment
 */
import { Session } from 'node:inspector/promises';
import { openGraphs } from '../src/app/startServer.ts';
import { createMemoryStore } from '../src/store/memoryStore.ts';
import { SUPPORT_SCRIPTS } from './supportScripts.ts';

const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 50);
const TURNS = Number(process.env.BENCH_TURNS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const ROWS = Number(process.env.BENCH_ROWS ?? 25);

type HeapNode = {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children?: HeapNode[];
};

const store = createMemoryStore();
const [sb] = await openGraphs(['support'], store, 'offline');

async function round(): Promise<void> {
  const ids = await Promise.all(
    Array.from({ length: CONVERSATIONS }, async () => (await sb.createConversation()).id),
  );
  await Promise.all(
    ids.map(async (id, i) => {
      for (let t = 0; t < TURNS; t++) await sb.send(id, SUPPORT_SCRIPTS[i % SUPPORT_SCRIPTS.length][t % 3]);
    }),
  );
}

await round(); // warm-up: routers trained, code optimised
const session = new Session();
session.connect();
await session.post('HeapProfiler.startSampling', {
  samplingInterval: 4096,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
});
for (let r = 0; r < ROUNDS; r++) await round();
const { profile } = await session.post('HeapProfiler.stopSampling');

const turns = ROUNDS * CONVERSATIONS * TURNS;
const byPackage = new Map<string, number>();
const byFunction = new Map<string, number>();
let total = 0;
const add = (map: Map<string, number>, key: string, bytes: number) =>
  map.set(key, (map.get(key) ?? 0) + bytes);
const visit = (node: HeapNode) => {
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url
    .replace(/^.*node_modules\//, 'nm:')
    .replace(/^file:\/\/\/.*?\/(src|templates|bench)\//, '$1/');
  total += node.selfSize;
  add(byFunction, `${functionName || '(anon)'} ${where}:${lineNumber + 1}`, node.selfSize);
  const pkg = /^nm:((@[^/]+\/)?[^/]+)/.exec(where)?.[1] ?? /^(src|templates)\/[^/]+/.exec(where)?.[0];
  add(byPackage, pkg ?? (where || `(${functionName || 'native'})`), node.selfSize);
  for (const child of node.children ?? []) visit(child);
};
visit(profile.head as HeapNode);

const kb = (bytes: number) => `${(bytes / turns / 1024).toFixed(1).padStart(7)} KB`;
const top = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, ROWS);
console.log(
  `allocated per turn ${kb(total).trim()} (${CONVERSATIONS} conv × ${TURNS} turns × ${ROUNDS} rounds, memory store)`,
);
console.log('\n== by package');
for (const [key, bytes] of top(byPackage)) console.log(`${kb(bytes)}  ${key}`);
console.log('\n== by function');
for (const [key, bytes] of top(byFunction)) console.log(`${kb(bytes)}  ${key}`);
process.exit(0);
