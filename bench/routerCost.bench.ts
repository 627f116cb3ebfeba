/**
 * Per-turn cost of the local router: the support entry agent's decision with the fast-path confidence
 * (what hybrid routing computes on every opening message), in microseconds. Warmed up on routing.jsonl,
 * measured on holdout.jsonl, messages the process has not routed before (so words new to the process
 * pay their WordNet look-up, as in a server), then on the same messages again (caches warm).
 *
 *   npm run bench:router
 */
import { readFileSync } from 'node:fs';
import { defineGraph } from '../src/graph/defineGraph.ts';
import { createAgentRouter } from '../src/routing/agentRouter.ts';
import { TEMPLATES } from '../templates/index.ts';

const inputs = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l).input as string);

const graph = defineGraph(TEMPLATES.support.spec);
const router = createAgentRouter(graph, graph.entry, { threshold: graph.routing.threshold });
const warm = inputs('templates/support/routing.jsonl');
const measured = inputs('templates/support/holdout.jsonl');

const t0 = performance.now();
router.route('hello', undefined, { fastPath: true });
const trainMs = performance.now() - t0;
for (let i = 0; i < 5; i++) for (const text of warm) router.route(text, undefined, { fastPath: true });

// CPU time, best of several passes: on a shared machine wall time measures the neighbours.
const pass = () => {
  const start = process.cpuUsage();
  for (const text of measured) router.route(text, undefined, { fastPath: true });
  const used = process.cpuUsage(start);
  return (used.user + used.system) / measured.length;
};
const first = pass();
const again = Math.min(...Array.from({ length: 15 }, pass));
console.log(`router training (first route, incl. loading WordNet): ${trainMs.toFixed(0)} ms`);
console.log(`router per turn, unseen messages: ${first.toFixed(1)} µs CPU (n=${measured.length})`);
console.log(`router per turn, messages seen before: ${again.toFixed(1)} µs CPU (best of 15 passes)`);
