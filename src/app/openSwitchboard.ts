import { createAgentModelFactory } from '../models/agentModels.ts';
import { withLearnedRouter } from '../runtime/learnedRouting.ts';
import { Switchboard } from '../runtime/switchboard.ts';
import { openStore } from '../store/openStore.ts';
import type { ConversationStore } from '../store/types.ts';
import { loadGraph } from './loadGraph.ts';

export type OpenOptions = {
  /** Template name or module path. */
  graph: string;
  /** Model spec for the run (`offline`, `openai:gpt-4.1-mini`); defaults to SWITCHBOARD_MODEL or offline. */
  model?: string;
  /** An open store; otherwise one is opened from DATABASE_URL / SWITCHBOARD_DATA_DIR / `.switchboard`. */
  store?: ConversationStore;
  memory?: boolean;
};

/** The one place that wires graph + models + store, shared by the CLI, the server and the evals. */
export async function openSwitchboard(options: OpenOptions): Promise<Switchboard> {
  const store = options.store ?? (await openStore({ memory: options.memory }));
  // A router learnt into this database (`switchboard router train`) replaces the built-in one.
  const graph = await withLearnedRouter(await loadGraph(options.graph), store);
  return Switchboard.create({ graph, store, models: createAgentModelFactory({ model: options.model }) });
}
