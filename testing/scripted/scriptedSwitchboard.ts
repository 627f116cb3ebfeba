import type { ScriptedModelInput } from '@openai/agents-core/testing';
import type { Graph } from '../../src/graph/defineGraph.ts';
import { Switchboard } from '../../src/runtime/switchboard.ts';
import { createMemoryStore } from '../../src/store/memoryStore.ts';
import { exampleGraph } from './exampleGraph.ts';
import { scriptedModels } from './scriptedModels.ts';

/** A Switchboard on a memory store whose agents answer from scripts, with one fresh conversation. */
export async function scriptedSwitchboard(
  scripts: Record<string, ScriptedModelInput[]>,
  graph: Graph = exampleGraph(),
) {
  const { factory, models } = scriptedModels(scripts);
  const store = createMemoryStore();
  const sb = await Switchboard.create({ graph, store, models: factory });
  const conv = await sb.createConversation();
  return { sb, store, models, conv };
}
