import { scoreTools } from '../../src/models/offline/toolMatcher.ts';
import { realEstateGraph } from './graph.ts';
import { analyzeListingPhoto } from './tools.ts';

const [agentName, ...texts] = process.argv.slice(2);
const agent = realEstateGraph.agents.find((a) => a.name === agentName)!;
const tools = [
  ...(agent.tools ?? []),
  ...(['SellerIntake', 'PhotoAnalyst'].includes(agentName) ? [analyzeListingPhoto] : []),
];
const docs = tools.map((t) => ({ name: t.name, description: t.description, sideEffect: t.sideEffect }));
for (const t of texts)
  console.log(
    JSON.stringify(t),
    scoreTools(t, docs)
      .map((m) => `${m.name}:${m.score.toFixed(2)}`)
      .join(' '),
  );
