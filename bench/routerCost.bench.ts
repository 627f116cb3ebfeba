/**
 * Per-turn cost of the local router: the support entry agent's decision with the fast-path confidence
 * (what hybrid routing computes on every opening message), in microseconds. Warmed up on routing.jsonl,
 * measured on holdout.jsonl, messages the process has not routed before (so words new to the process
 * pay their WordNet look-up, as in a server), then on the same messages again (caches warm). Last,
 * the same router trained without the word-vector embedding block (featureSpace.ts), passes of the
 * two alternated in one process: what the embedding adds per turn, against issue #16's 0.05 ms budget.
 * And the foreign-thing check (foreignThings.ts) alone, on every message (the router runs it only on an
 * entry agent's handoffs): a fresh graph domain on unseen messages, then warm.
 *
 *   npm run bench:router
 */
import { readFileSync } from 'node:fs';
import { defineGraph } from '../src/graph/defineGraph.ts';
import { createAgentRouter } from '../src/routing/agentRouter.ts';
import { DEFAULT_SPACE_OPTIONS } from '../src/routing/featureSpace.ts';
import { ThingDomain } from '../src/routing/foreignThings.ts';
import { specialistTexts } from '../src/routing/routerTrainingSet.ts';
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
const pass = (r = router) => {
  const start = process.cpuUsage();
  for (const text of measured) r.route(text, undefined, { fastPath: true });
  const used = process.cpuUsage(start);
  return (used.user + used.system) / measured.length;
};
const first = pass();
const again = Math.min(...Array.from({ length: 15 }, () => pass()));

// The same graph trained again without the embedding block (a new graph object trains its own routers).
const withEmbedding = DEFAULT_SPACE_OPTIONS.embeddingWeight;
DEFAULT_SPACE_OPTIONS.embeddingWeight = 0;
const plainGraph = defineGraph(TEMPLATES.support.spec);
const plain = createAgentRouter(plainGraph, plainGraph.entry, { threshold: plainGraph.routing.threshold });
for (let i = 0; i < 5; i++) for (const text of warm) plain.route(text, undefined, { fastPath: true });
DEFAULT_SPACE_OPTIONS.embeddingWeight = withEmbedding;
const paired = { with: Number.POSITIVE_INFINITY, without: Number.POSITIVE_INFINITY };
for (let i = 0; i < 15; i++) {
  paired.with = Math.min(paired.with, pass(router));
  paired.without = Math.min(paired.without, pass(plain));
}
console.log(`router training (first route, incl. loading WordNet): ${trainMs.toFixed(0)} ms`);
console.log(`router per turn, unseen messages: ${first.toFixed(1)} µs CPU (n=${measured.length})`);
console.log(`router per turn, messages seen before: ${again.toFixed(1)} µs CPU (best of 15 passes)`);
const added = paired.with - paired.without;
console.log(
  `word-vector embedding: ${paired.with.toFixed(1)} µs with, ${paired.without.toFixed(1)} µs without ` +
    `(+${added.toFixed(1)} µs, ${(paired.with / paired.without).toFixed(2)}×; budget +50 µs: ${added <= 50 ? 'met' : 'NOT met'})`,
);

// The foreign-thing check on every measured message: first with a domain that has seen none of them
// (WordNet look-ups and hypernym walks included), then warm, best of 15 passes.
const domain = new ThingDomain(specialistTexts(graph));
const thingPass = () => {
  const start = process.cpuUsage();
  for (const text of measured) domain.foreignThingsOf(text);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / measured.length;
};
const thingsFirst = thingPass();
const thingsWarm = Math.min(...Array.from({ length: 15 }, thingPass));
console.log(
  `foreign-thing check: ${thingsFirst.toFixed(1)} µs unseen, ${thingsWarm.toFixed(1)} µs warm per message ` +
    `(budget +50 µs: ${thingsWarm <= 50 ? 'met' : 'NOT met'})`,
);
