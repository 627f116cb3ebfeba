import { scoreTools } from '../../src/models/offline/toolMatcher.ts';
import { realEstateGraph } from './graph.ts';
import { analyzeListingPhoto } from './tools.ts';

for (const agent of realEstateGraph.agents) {
  const tools = [
    ...(agent.tools ?? []),
    ...(['SellerIntake', 'PhotoAnalyst'].includes(agent.name) ? [analyzeListingPhoto] : []),
  ];
  if (!tools.length) continue;
  const docs = tools.map((t) => ({ name: t.name, description: t.description, sideEffect: t.sideEffect }));
  const ex = agent.examples ?? [];
  const low = ex.filter((e) => (scoreTools(e, docs)[0]?.score ?? 0) < 0.2);
  console.log(agent.name, `${ex.length - low.length}/${ex.length}`, process.argv[2] ? low : '');
}
