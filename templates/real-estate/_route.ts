import { defineGraph } from '../../src/graph/defineGraph.ts';
import { createAgentRouter } from '../../src/routing/agentRouter.ts';
import { realEstateGraph } from './graph.ts';

const g = defineGraph(realEstateGraph);
const [agent, ...texts] = process.argv.slice(2);
const r = createAgentRouter(g, agent);
for (const t of texts) {
  const d = r.route(t);
  console.log(
    JSON.stringify(t),
    d.decision,
    d.target ?? '',
    d.confidence.toFixed(2),
    d.ranking
      .slice(0, 3)
      .map((x) => `${x.target ?? x.label}:${x.p.toFixed(2)}`)
      .join(' '),
  );
}
