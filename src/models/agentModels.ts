import type { Model } from '@openai/agents-core';
import type { NormalizedAgent, NormalizedGraph } from '../graph/types.ts';
import { createAgentRouter } from '../routing/agentRouter.ts';
import { HybridRoutingModel } from './hybridRoutingModel.ts';
import { createModelResolver } from './llmModels.ts';
import { defaultModelSpec } from './modelSpec.ts';
import { createOfflineModel } from './offline/offlineModel.ts';

/** Picks each agent's model: `path` says whether its routing decisions are local (classifier) or an LLM's. */
export type AgentModelFactory = (
  agent: NormalizedAgent,
  graph: NormalizedGraph,
) => { model: Model; path: 'local' | 'llm' };

/**
 * Chooses every agent's model. `offline` for the run overrides everything, so demos and tests never
 * reach the network; otherwise an agent's own `model` wins over the run's default. The entry agent
 * gets the local router in front of its LLM when the graph's routing mode is `hybrid` or `local`.
 */
export function createAgentModelFactory(
  opts: {
    model?: string;
    env?: NodeJS.ProcessEnv;
    /** The offline model's clock for relative dates (evals pin it so "tomorrow" is the same weekday). */
    now?: () => Date;
  } = {},
): AgentModelFactory {
  const env = opts.env ?? process.env;
  const runModel = opts.model ?? defaultModelSpec(env);
  const resolve = createModelResolver(env);
  const offlineRun = resolve(runModel) === 'offline';
  return (agent, graph: NormalizedGraph) => {
    const resolved = offlineRun ? 'offline' : resolve(agent.model ?? runModel);
    if (resolved === 'offline')
      return { model: createOfflineModel(graph, agent.name, { now: opts.now }), path: 'local' };
    if (agent.name === graph.entry && graph.routing.mode !== 'llm') {
      const router = createAgentRouter(graph, agent.name, { threshold: graph.routing.threshold });
      return { model: new HybridRoutingModel(resolved, router, graph.routing.mode), path: 'llm' };
    }
    return { model: resolved, path: 'llm' };
  };
}
