// Part of `npm run build`: trains the routers of every built-in template with the compiled code and
// writes their snapshots to dist/routers/<template>.json, which the CLI and the library read back
// instead of training (src/routing/routerSnapshot.ts says when a snapshot is used).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const load = (path) => import(pathToFileURL(join(dist, path)).href);
const { TEMPLATES } = await load('templates/index.js');
const { defineGraph } = await load('src/graph/defineGraph.js');
const { takeRouterSnapshot } = await load('src/routing/routerSnapshotFile.js');

mkdirSync(join(dist, 'routers'), { recursive: true });
for (const [name, { spec }] of Object.entries(TEMPLATES)) {
  const graph = defineGraph(spec);
  if (!graph.agents.some((agent) => agent.handoffs.length > 0)) continue; // nothing to route
  writeFileSync(join(dist, 'routers', `${name}.json`), JSON.stringify(takeRouterSnapshot(graph)));
}
