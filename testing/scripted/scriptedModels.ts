import { ScriptedModel, type ScriptedModelInput } from '@openai/agents-core/testing';
import type { AgentModelFactory } from '../../src/models/agentModels.ts';

/**
 * A model factory for tests: each agent gets its own `ScriptedModel` (from the SDK's public test
 * doubles), so a test states exactly what every agent's model answers, call by call.
 */
export function scriptedModels(scripts: Record<string, ScriptedModelInput[]>): {
  factory: AgentModelFactory;
  models: Record<string, ScriptedModel>;
} {
  const models: Record<string, ScriptedModel> = {};
  for (const [agent, steps] of Object.entries(scripts)) models[agent] = new ScriptedModel(steps);
  const factory: AgentModelFactory = (agent) => {
    models[agent.name] ??= new ScriptedModel([]);
    return { model: models[agent.name], path: 'llm' };
  };
  return { factory, models };
}
