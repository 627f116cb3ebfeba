import type { Graph } from '../../graph/defineGraph.ts';
import { createAgentModelFactory } from '../../models/agentModels.ts';
import { loadGraph } from '../../runtime/loadGraph.ts';
import { Switchboard } from '../../runtime/switchboard.ts';
import { createMemoryStore } from '../../store/memoryStore.ts';
import type { ConversationStore } from '../../store/types.ts';
import type { RealtimeDouble } from '../realtimeDouble/realtimeDoubleServer.ts';
import { type VoiceConfig, voiceConfigFromEnv } from '../voiceConfig.ts';

/** A graph (template name, default `support`, or a graph) served over a memory store: what a voice test runs on. */
export async function voiceSwitchboard(
  graph: string | Graph = 'support',
  store: ConversationStore = createMemoryStore(),
) {
  return Switchboard.create({
    graph: typeof graph === 'string' ? await loadGraph(graph) : graph,
    store,
    models: createAgentModelFactory({ model: 'offline' }),
  });
}

/** Voice settings pointing at a Realtime double, independent of the machine's environment. */
export function doubleVoiceConfig(double: RealtimeDouble, overrides: Partial<VoiceConfig> = {}): VoiceConfig {
  return voiceConfigFromEnv(
    {},
    {
      realtimeUrl: double.url,
      apiKey: 'test-key',
      publicUrl: 'https://voice.example.test',
      twilioAuthToken: 'twilio-test-token',
      greet: false,
      ...overrides,
    },
  );
}
