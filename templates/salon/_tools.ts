import { scoreTools } from '../../src/models/offline/toolMatcher.ts';
import { salonGraph } from './graph.ts';

const [agentName, ...texts] = process.argv.slice(2);
const agent = salonGraph.agents.find((a) => a.name === agentName)!;
const docs = (agent.tools ?? []).map((t) => ({
  name: t.name,
  description: t.description,
  sideEffect: t.sideEffect,
}));
for (const t of texts)
  console.log(
    JSON.stringify(t),
    scoreTools(t, docs)
      .map((m) => `${m.name}:${m.score.toFixed(2)}`)
      .join(' '),
  );
